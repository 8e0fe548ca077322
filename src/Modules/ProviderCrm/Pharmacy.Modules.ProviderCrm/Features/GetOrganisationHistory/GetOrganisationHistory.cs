using Mediator;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;

namespace Pharmacy.Modules.ProviderCrm.Features.GetOrganisationHistory;

/// <summary>The organisation's audit trail: every change, who made it and when, oldest first.</summary>
public sealed record GetOrganisationHistory(Guid OrganisationId) : IQuery<IReadOnlyList<HistoryEntry>>;

internal sealed class GetOrganisationHistoryHandler(ProviderCrmDbContext db, PharmacyTimeZone zone)
    : IQueryHandler<GetOrganisationHistory, IReadOnlyList<HistoryEntry>>
{
    public async ValueTask<IReadOnlyList<HistoryEntry>> Handle(GetOrganisationHistory query, CancellationToken cancellationToken) =>
        await RecordHistory.ReadAsync(db, zone, nameof(Organisation), query.OrganisationId, cancellationToken);
}
