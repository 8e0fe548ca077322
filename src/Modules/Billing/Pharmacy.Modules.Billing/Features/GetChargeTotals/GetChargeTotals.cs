using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Features.GetChargeTotals;

/// <summary>Accounts receivable at a glance: what is owed, what was collected, and how old the money owed is.</summary>
public sealed record GetChargeTotals : IQuery<ChargeTotals>;

public sealed record ChargeTotals(
    decimal OpenBalance, int OpenCharges, decimal Collected, int NeedsPricing, string Currency, IReadOnlyList<AgingBucket> Aging);

/// <summary>Balances owed by days since dispensing: 0-30, 31-60, 61-90, over 90.</summary>
public sealed record AgingBucket(string Label, decimal Balance, int Charges);

internal sealed class GetChargeTotalsHandler(BillingDbContext db, TimeProvider clock) : IQueryHandler<GetChargeTotals, ChargeTotals>
{
    private static readonly (string Label, int UpToDays)[] Buckets = [("0-30 days", 30), ("31-60 days", 60), ("61-90 days", 90), ("Over 90 days", int.MaxValue)];

    public async ValueTask<ChargeTotals> Handle(GetChargeTotals query, CancellationToken cancellationToken)
    {
        // Filtered in SQL, summed here: SQLite stores decimals as text and cannot add them.
        var unsettled = await db.Charges.AsNoTracking()
            .Where(charge => charge.Status != ChargeStatus.Paid)
            .Select(charge => new { charge.Amount, charge.AmountPaid, charge.DispensedAt, charge.NeedsPricing })
            .ToListAsync(cancellationToken);
        var collected = await db.Payments.AsNoTracking().Select(payment => payment.Amount.Amount).ToListAsync(cancellationToken);

        var today = clock.GetUtcNow();
        var owed = unsettled.Where(charge => !charge.NeedsPricing).ToList();
        var aging = Buckets
            .Select((bucket, i) =>
            {
                var inBucket = owed.Where(charge => BucketOf((today - charge.DispensedAt).Days) == i).ToList();
                return new AgingBucket(bucket.Label, inBucket.Sum(charge => (charge.Amount - charge.AmountPaid).Amount), inBucket.Count);
            })
            .ToList();
        return new ChargeTotals(
            owed.Sum(charge => (charge.Amount - charge.AmountPaid).Amount), owed.Count, collected.Sum(), unsettled.Count(charge => charge.NeedsPricing),
            Money.Usd, aging);
    }

    private static int BucketOf(int days) => Array.FindIndex(Buckets, bucket => days <= bucket.UpToDays);
}

internal static class GetChargeTotalsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/charges/totals", (ISender sender, CancellationToken cancellationToken) => sender.Send(new GetChargeTotals(), cancellationToken))
            .WithName(nameof(GetChargeTotals))
            .WithSummary("Open balance, amount collected and AR aging buckets (0-30, 31-60, 61-90, 90+ days)")
            .Produces<ChargeTotals>();
}
