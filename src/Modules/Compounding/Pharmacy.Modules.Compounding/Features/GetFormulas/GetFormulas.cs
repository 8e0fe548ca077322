using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Compounding.Features.GetFormulas;

/// <summary>The formula list: search by code or name, filter by preparation type; retired versions only when asked for.</summary>
public sealed record GetFormulas(
    string? Search, PreparationType? Preparation, FormulaStatus? Status = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<FormulaSummary>>;

public sealed record FormulaSummary(
    Guid Id, string Code, int Version, string Name, string DosageForm, string Route, string Preparation, string Storage, string Status,
    DateTimeOffset? ApprovedAt);

internal sealed class GetFormulasHandler(CompoundingDbContext db) : IQueryHandler<GetFormulas, PagedResult<FormulaSummary>>
{
    public async ValueTask<PagedResult<FormulaSummary>> Handle(GetFormulas query, CancellationToken cancellationToken)
    {
        var formulas = db.Formulas.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Containing(query.Search);
            formulas = formulas.Where(f => EF.Functions.Like(f.Code, pattern, LikePattern.EscapeCharacter) || EF.Functions.Like(f.Name, pattern, LikePattern.EscapeCharacter));
        }

        if (query.Preparation is { } preparation)
        {
            formulas = formulas.Where(f => f.Preparation == preparation);
        }

        formulas = query.Status is { } status
            ? formulas.Where(f => f.Status == status)
            : formulas.Where(f => f.Status != FormulaStatus.Retired);

        return await formulas
            .OrderBy(f => f.Code).ThenByDescending(f => f.VersionNumber)
            .Select(f => new FormulaSummary(
                f.Id.Value, f.Code, f.VersionNumber, f.Name, f.DosageForm.ToString(), f.Route, f.Preparation.ToString(), f.Storage.ToString(),
                f.Status.ToString(), f.ApprovedAt))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetFormulasEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/formulas", (string? search, PreparationType? preparation, FormulaStatus? status, int? page, int? pageSize, ISender sender,
                    CancellationToken cancellationToken) =>
                sender.Send(new GetFormulas(search, preparation, status, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetFormulas))
            .WithSummary("List master formulation records, with search, preparation filter and paging")
            .Produces<PagedResult<FormulaSummary>>();
}
