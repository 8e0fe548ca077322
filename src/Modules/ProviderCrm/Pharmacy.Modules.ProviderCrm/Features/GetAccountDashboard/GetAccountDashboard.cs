using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Modules.ProviderCrm.Features.GetAccountDashboard;

/// <summary>
/// The account manager's dashboard: providers by status, prescriptions per month and per provider over the last
/// <see cref="Months"/> months (from Prescriptions' events), revenue per organisation over the last twelve months (from
/// Billing's charges of its providers' prescriptions), and the follow-up tasks past their due day.
/// </summary>
public sealed record GetAccountDashboard : IQuery<AccountDashboardView>
{
    public const int Months = 6;

    public const int TopProviders = 10;
}

public sealed record AccountDashboardView(
    IReadOnlyList<StatusCount> ProvidersByStatus,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<int> PrescriptionsPerMonth,
    IReadOnlyList<ProviderVolume> TopProviders,
    IReadOnlyList<OrganisationRevenue> RevenueByOrganisation,
    string Currency,
    int OverdueTaskCount,
    IReadOnlyList<OverdueTask> OverdueTasks);

public sealed record StatusCount(string Status, int Count);

public sealed record ProviderVolume(Guid ProviderId, string Name, IReadOnlyList<int> PerMonth, int Total);

public sealed record OrganisationRevenue(Guid OrganisationId, string Name, decimal Revenue, int Providers);

public sealed record OverdueTask(string Title, DateOnly DueOn, string AssignedTo, string AccountKind, Guid AccountId, string AccountName);

internal sealed class GetAccountDashboardHandler(ProviderCrmDbContext db, TimeProvider clock, PharmacyTimeZone zone)
    : IQueryHandler<GetAccountDashboard, AccountDashboardView>
{
    public async ValueTask<AccountDashboardView> Handle(GetAccountDashboard query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(zone.Local(clock.GetUtcNow()).DateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var months = Enumerable.Range(0, GetAccountDashboard.Months).Select(i => thisMonth.AddMonths(i - GetAccountDashboard.Months + 1)).ToList();
        var yearAgo = thisMonth.AddMonths(-11);

        var byStatus = await db.Providers.AsNoTracking().GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var volume = await db.PrescribingActivity.AsNoTracking().Where(a => a.ReceivedMonth >= months[0])
            .GroupBy(a => new { a.ProviderId, a.ReceivedMonth }).Select(g => new { g.Key.ProviderId, g.Key.ReceivedMonth, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var revenue = await db.PrescribingActivity.AsNoTracking().Where(a => a.ReceivedMonth >= yearAgo)
            .GroupBy(a => a.ProviderId).Select(g => new { ProviderId = g.Key, Revenue = g.Sum(a => a.Revenue) }).ToListAsync(cancellationToken);
        var currency = await db.PrescribingActivity.AsNoTracking().Where(a => a.Revenue > 0).Select(a => a.Currency).FirstOrDefaultAsync(cancellationToken) ?? "USD";

        var top = volume.GroupBy(v => v.ProviderId).Select(g => new { ProviderId = g.Key, Total = g.Sum(v => v.Count) })
            .OrderByDescending(p => p.Total).Take(GetAccountDashboard.TopProviders).ToList();
        var earning = revenue.Where(r => r.Revenue > 0).Select(r => ProviderId.From(r.ProviderId)).ToList();
        var named = top.Select(t => ProviderId.From(t.ProviderId)).Concat(earning).Distinct().ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => named.Contains(p.Id)).ToListAsync(cancellationToken);
        var names = providers.ToDictionary(p => p.Id.Value, p => p.DisplayName);

        // A provider who practises at several organisations earns for each of them: the figure is "revenue of the organisation's providers".
        var revenueOf = revenue.ToDictionary(r => r.ProviderId, r => r.Revenue);
        var byOrganisation = providers.SelectMany(p => p.Memberships.Select(m => new { m.OrganisationId, Revenue = revenueOf.GetValueOrDefault(p.Id.Value) }))
            .GroupBy(m => m.OrganisationId).Select(g => new { OrganisationId = g.Key, Revenue = g.Sum(m => m.Revenue), Providers = g.Count() })
            .Where(o => o.Revenue > 0).OrderByDescending(o => o.Revenue).Take(GetAccountDashboard.TopProviders).ToList();
        var organisationIds = byOrganisation.Select(o => o.OrganisationId).ToList();
        var organisationNames = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var overdue = db.FollowUpTasks.AsNoTracking().Where(t => !t.Done && t.DueOn < today);
        var overdueCount = await overdue.CountAsync(cancellationToken);
        var oldest = await overdue.OrderBy(t => t.DueOn).Take(10).ToListAsync(cancellationToken);
        var taskProviders = oldest.Where(t => t.AccountKind == AccountKind.Provider).Select(t => ProviderId.From(t.AccountId)).ToList();
        var taskOrganisations = oldest.Where(t => t.AccountKind == AccountKind.Organisation).Select(t => OrganisationId.From(t.AccountId)).ToList();
        var providerNames = await db.Providers.AsNoTracking().Where(p => taskProviders.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName }).ToDictionaryAsync(p => p.Id.Value, p => $"{p.FirstName} {p.LastName}", cancellationToken);
        var accountOrganisations = await db.Organisations.AsNoTracking().Where(o => taskOrganisations.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id.Value, o => o.Name, cancellationToken);

        return new AccountDashboardView(
            [.. byStatus.OrderBy(s => s.Key).Select(s => new StatusCount(s.Key.ToString(), s.Count))],
            months,
            [.. months.Select(month => volume.Where(v => v.ReceivedMonth == month).Sum(v => v.Count))],
            [.. top.Select(t => new ProviderVolume(
                t.ProviderId, names.GetValueOrDefault(t.ProviderId, "—"),
                [.. months.Select(month => volume.Where(v => v.ProviderId == t.ProviderId && v.ReceivedMonth == month).Sum(v => v.Count))], t.Total))],
            [.. byOrganisation.Select(o => new OrganisationRevenue(o.OrganisationId.Value, organisationNames.GetValueOrDefault(o.OrganisationId, "—"), o.Revenue, o.Providers))],
            currency,
            overdueCount,
            [.. oldest.Select(t => new OverdueTask(
                t.Title, t.DueOn, t.AssignedTo, t.AccountKind.ToString(), t.AccountId,
                (t.AccountKind == AccountKind.Provider ? providerNames : accountOrganisations).GetValueOrDefault(t.AccountId, "—")))]);
    }
}
