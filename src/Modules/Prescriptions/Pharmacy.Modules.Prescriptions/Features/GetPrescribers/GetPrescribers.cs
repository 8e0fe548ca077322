using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.GetPrescribers;

/// <summary>The prescribers this module knows, as the CRM last told it; active ones first.</summary>
public sealed record GetPrescribers(string? Search, bool ActiveOnly, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<PrescriberSummary>>;

public sealed record PrescriberSummary(
    Guid ProviderId, string Npi, string Name, bool IsActive, DateTimeOffset ActivatedAt, DateTimeOffset? SuspendedAt, string? SuspensionReason);

internal sealed class GetPrescribersHandler(PrescriptionsDbContext db) : IQueryHandler<GetPrescribers, PagedResult<PrescriberSummary>>
{
    public async ValueTask<PagedResult<PrescriberSummary>> Handle(GetPrescribers query, CancellationToken cancellationToken)
    {
        var prescribers = db.Prescribers.AsNoTracking();
        if (query.ActiveOnly)
        {
            prescribers = prescribers.Where(p => p.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            prescribers = prescribers.Where(p => p.Npi.StartsWith(term) || p.LastName.Contains(term) || p.FirstName.Contains(term));
        }

        return await prescribers
            .OrderByDescending(p => p.IsActive).ThenBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new PrescriberSummary(
                p.ProviderId, p.Npi, p.FirstName + " " + p.LastName + ", " + p.Credential, p.IsActive, p.ActivatedAt, p.SuspendedAt, p.SuspensionReason))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetPrescribersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/prescribers", (string? search, bool? activeOnly, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetPrescribers(search, activeOnly ?? false, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetPrescribers))
            .WithSummary("Prescribers known to the prescription module, with their status")
            .Produces<PagedResult<PrescriberSummary>>();
}
