using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Inventory.Features.GetExpiringLots;

/// <summary>
/// Expiry alerts: lots with stock on hand that expire within the next 30, 60 or 90 days, soonest first. Lots already
/// past their date but still on the shelf are listed too, since they are the most urgent to waste or return.
/// </summary>
public sealed record GetExpiringLots(int Days) : IQuery<IReadOnlyList<ExpiringLot>>
{
    public static readonly IReadOnlyList<int> Windows = [30, 60, 90];
}

public sealed record ExpiringLot(
    string ItemCode, string ItemName, Guid LotId, string LotNumber, string Manufacturer, DateOnly ExpiresOn, int DaysLeft, string Status,
    decimal OnHand, decimal Reserved, string Unit, decimal StockValue, string Currency);

internal sealed class GetExpiringLotsValidator : InputValidator<GetExpiringLots>
{
    public GetExpiringLotsValidator() =>
        RuleFor(query => query.Days).Must(days => GetExpiringLots.Windows.Contains(days))
            .WithMessage($"Choose a window of {string.Join(", ", GetExpiringLots.Windows)} days.");
}

internal sealed class GetExpiringLotsHandler(InventoryDbContext db, TimeProvider clock) : IQueryHandler<GetExpiringLots, IReadOnlyList<ExpiringLot>>
{
    public async ValueTask<IReadOnlyList<ExpiringLot>> Handle(GetExpiringLots query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var until = today.AddDays(query.Days);
        var lots = await db.LotStock().AsNoTracking()
            .Where(lot => lot.ExpiresOn <= until && lot.Status != LotStatus.Depleted && lot.Status != LotStatus.Recalled && lot.OnHand > 0)
            .OrderBy(lot => lot.ExpiresOn).ThenBy(lot => lot.ItemCode)
            .ToListAsync(cancellationToken);
        return
        [
            .. lots.Select(lot => new ExpiringLot(
                lot.ItemCode, lot.ItemName, lot.LotId.Value, lot.LotNumber, lot.Manufacturer, lot.ExpiresOn, lot.ExpiresOn.DayNumber - today.DayNumber,
                LotStatuses.Effective(lot.Status, lot.ExpiresOn, today).ToString(), lot.OnHand, lot.Reserved, lot.Unit.Symbol,
                (lot.CostPerUnit * lot.OnHand).RoundedToCents().Amount, lot.CostPerUnit.Currency)),
        ];
    }
}

internal static class GetExpiringLotsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/lots/expiring", (int? days, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetExpiringLots(days ?? GetExpiringLots.Windows[0]), cancellationToken))
            .WithName(nameof(GetExpiringLots))
            .WithSummary("Lots with stock that expire within 30, 60 or 90 days (and expired ones still on hand)")
            .Produces<IReadOnlyList<ExpiringLot>>()
            .ProducesValidationProblem();
}
