using Mediator;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;

namespace Pharmacy.Modules.ProviderCrm.Features.GetProviderHistory;

/// <summary>The provider's audit trail: every change, who made it and when, oldest first.</summary>
public sealed record GetProviderHistory(Guid ProviderId) : IQuery<IReadOnlyList<HistoryEntry>>;

internal sealed class GetProviderHistoryHandler(ProviderCrmDbContext db, PharmacyTimeZone zone)
    : IQueryHandler<GetProviderHistory, IReadOnlyList<HistoryEntry>>
{
    public async ValueTask<IReadOnlyList<HistoryEntry>> Handle(GetProviderHistory query, CancellationToken cancellationToken) =>
        await RecordHistory.ReadAsync(db, zone, nameof(Provider), query.ProviderId, cancellationToken);
}
