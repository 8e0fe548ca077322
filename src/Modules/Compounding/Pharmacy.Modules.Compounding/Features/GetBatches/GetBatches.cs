using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Compounding.Features.GetBatches;

/// <summary>The batch queue: filter by status, search by batch number or formula, newest first.</summary>
public sealed record GetBatches(string? Search, BatchStatus? Status, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<BatchSummary>>;

public sealed record BatchSummary(
    Guid Id, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, bool NoApprovedFormula, decimal Quantity,
    string Unit, string Status, int FillCount, DateTimeOffset PlannedAt, DateTimeOffset? BeyondUseDate, string? BudLimitedBy);

internal sealed class GetBatchesHandler(CompoundingDbContext db) : IQueryHandler<GetBatches, PagedResult<BatchSummary>>
{
    public async ValueTask<PagedResult<BatchSummary>> Handle(GetBatches query, CancellationToken cancellationToken)
    {
        var batches = db.Batches.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = LikePattern.Containing(query.Search);
            batches = batches.Where(b =>
                EF.Functions.Like(b.BatchNumber, pattern, LikePattern.EscapeCharacter) || EF.Functions.Like(b.FormulaCode, pattern, LikePattern.EscapeCharacter) || EF.Functions.Like(b.FormulaName, pattern, LikePattern.EscapeCharacter));
        }

        if (query.Status is { } status)
        {
            batches = batches.Where(b => b.Status == status);
        }

        return await batches
            .OrderByDescending(b => b.PlannedAt).ThenByDescending(b => b.BatchNumber)
            .Select(b => new BatchSummary(
                b.Id.Value, b.BatchNumber, b.FormulaCode, b.FormulaName, b.FormulaVersion, b.NoApprovedFormula, b.Quantity, b.Unit,
                b.Status.ToString(), b.Fills.Count, b.PlannedAt, b.BeyondUseDate, b.BudLimitedBy == null ? null : b.BudLimitedBy.ToString()))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetBatchesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/batches", (string? search, BatchStatus? status, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetBatches(search, status, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetBatches))
            .WithSummary("List batches (compounding records), with status filter, search and paging")
            .Produces<PagedResult<BatchSummary>>();
}
