using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Features.AdjustStock;

/// <summary>What kind of change a person records on a lot outside a batch.</summary>
public enum StockChange
{
    /// <summary>A count correction, up (+) or down (−).</summary>
    [DisplayText("Count correction (+/−)")]
    Adjustment,

    /// <summary>Stock destroyed: the quantity removed.</summary>
    Waste,

    /// <summary>Stock sent back to the vendor: the quantity removed.</summary>
    [DisplayText("Return to vendor")]
    Return,
}

/// <summary>
/// Records a correction, waste or return on one lot of an item, with its reason. Stock never goes below zero: a change
/// that would take more than is on hand is refused.
/// </summary>
[Access(InventoryAccess.Adjust)]
public sealed record AdjustStock(string ItemCode, Guid LotId, StockChange Change, decimal Quantity, string Reason) : ICommand<StockAdjusted>;

public sealed record StockAdjusted(Guid LotId, string LotNumber, decimal OnHand, decimal Available, string Unit, string Status);

internal sealed class AdjustStockValidator : InputValidator<AdjustStock>
{
    /// <summary>100 kg, 100 L or 100,000 units: more than any one lot of a compounding pharmacy holds.</summary>
    public const decimal MaxQuantity = 100_000m;

    public AdjustStockValidator()
    {
        RuleFor(command => command.LotId).NotEmpty().WithMessage("Choose the lot.");
        RuleFor(command => command.Change).IsInEnum().WithMessage("Choose adjustment, waste or return.");
        RuleFor(command => command.Quantity)
            .Must(quantity => quantity != 0).WithMessage("Enter the quantity to add (positive) or remove (negative).")
            .Must(quantity => Math.Abs(quantity) <= MaxQuantity).WithMessage($"One adjustment moves at most {MaxQuantity:N0} of the item's unit.")
            .PrecisionScale(12, 4, ignoreTrailingZeros: true).WithMessage("Enter the quantity with at most 4 decimals.");
        RuleFor(command => command.Quantity).GreaterThan(0).When(command => command.Change != StockChange.Adjustment)
            .WithMessage("Enter the quantity removed, as a positive number.");
        RuleFor(command => command.ItemCode).NotEmpty().WithMessage("Choose the item.").MaximumLength(40);
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason; the ledger keeps it.").MaximumLength(500);
    }
}

internal sealed class AdjustStockHandler(InventoryDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AdjustStock, StockAdjusted>
{
    public async ValueTask<StockAdjusted> Handle(AdjustStock command, CancellationToken cancellationToken)
    {
        var item = await db.FindItemAsync(command.ItemCode, cancellationToken);
        var lotId = LotId.From(command.LotId);
        var lot = await db.Lots.SingleOrDefaultAsync(l => l.Id == lotId && l.ItemId == item.Id, cancellationToken)
                  ?? throw new NotFoundException("Lot", command.LotId);
        var by = new StockActor(user.Id, user.Name);
        var now = clock.GetUtcNow();
        // The form and the API give the quantity in the item's unit.
        var quantity = new Quantity(command.Quantity, lot.Unit);
        switch (command.Change)
        {
            case StockChange.Waste:
                lot.Waste(quantity, command.Reason, by, now);
                break;
            case StockChange.Return:
                lot.ReturnToVendor(quantity, command.Reason, by, now);
                break;
            default:
                lot.Adjust(quantity, command.Reason, by, now);
                break;
        }

        return new StockAdjusted(
            lot.Id.Value, lot.LotNumber, lot.OnHand.Amount, lot.Available.Amount, lot.Unit.Symbol, lot.StatusOn(clock.Today()).ToString());
    }
}
