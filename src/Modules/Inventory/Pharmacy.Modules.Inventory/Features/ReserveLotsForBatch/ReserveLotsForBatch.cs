using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Contracts;
using Pharmacy.Modules.Inventory.Domain.Allocation;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Features.ReserveLotsForBatch;

/// <summary>
/// Reserves the lots a batch will use, first-expiry-first-out, all or nothing. Run for Compounding when a batch
/// starts (the system acts, so no role applies). Asking again for the same batch returns the reservation already made.
/// </summary>
public sealed record ReserveLotsForBatch(Guid BatchId, string BatchNumber, IReadOnlyList<IngredientNeed> Needs, DateOnly UseBy)
    : ICommand<LotAllocationResult>;

internal sealed class ReserveLotsForBatchValidator : InputValidator<ReserveLotsForBatch>
{
    public ReserveLotsForBatchValidator()
    {
        RuleFor(command => command.BatchId).NotEmpty().WithMessage("Name the batch the lots are for.");
        RuleFor(command => command.BatchNumber).NotEmpty().WithMessage("Give the batch number.").MaximumLength(50);
        RuleFor(command => command.Needs).NotEmpty().WithMessage("List what the batch needs.");
        RuleForEach(command => command.Needs).ChildRules(need =>
        {
            need.RuleFor(n => n.ItemCode).NotEmpty().WithMessage("Give the item code of each ingredient.");
            need.RuleFor(n => n.Quantity).GreaterThan(0).WithMessage("Each quantity needed must be more than zero.");
            need.RuleFor(n => n.Unit).NotEmpty().WithMessage("Give the unit of each quantity.");
        });
    }
}

internal sealed class ReserveLotsForBatchHandler(InventoryDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReserveLotsForBatch, LotAllocationResult>
{
    public async ValueTask<LotAllocationResult> Handle(ReserveLotsForBatch command, CancellationToken cancellationToken)
    {
        var existing = await ExistingReservationAsync(command.BatchId, cancellationToken);
        if (existing.Count > 0)
        {
            return new LotAllocationResult(true, existing, []);
        }

        var now = clock.GetUtcNow();
        var today = clock.Today();
        var codes = command.Needs.Select(need => need.ItemCode.Trim().ToUpperInvariant()).Distinct().ToList();
        var items = await db.Items.Where(item => codes.Contains(item.Code)).ToListAsync(cancellationToken);
        var itemIds = items.Select(item => item.Id).ToList();
        var usableFrom = command.UseBy > today ? command.UseBy : today;
        var lots = await db.Lots
            .Where(lot => itemIds.Contains(lot.ItemId) && lot.Status == LotStatus.Released && lot.ExpiresOn >= usableFrom)
            .ToListAsync(cancellationToken);

        var plan = FefoAllocator.Plan(
            command.Needs.Select(need => new StockNeed(need.ItemCode, need.Quantity, need.Unit)), items, lots, today, command.UseBy);
        if (!plan.Succeeded)
        {
            return new LotAllocationResult(
                false, [], [.. plan.Shortfalls.Select(s => new StockShortfall(s.ItemCode, s.ItemName, s.Needed, s.Available, s.Unit))]);
        }

        var batch = new BatchReference(command.BatchId, command.BatchNumber.Trim());
        var by = new StockActor(user.Id, user.Name);
        foreach (var reservation in plan.Reservations)
        {
            reservation.Lot.Reserve(batch, reservation.Quantity, command.UseBy, by, now);
        }

        return new LotAllocationResult(true, [.. plan.Reservations.Select(r => Allocated(r.Lot, r.Quantity))], []);
    }

    private async Task<IReadOnlyList<AllocatedLot>> ExistingReservationAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var lines = await (
                from movement in db.StockMovements
                where movement.BatchId == batchId && movement.Type == MovementType.Reservation
                join lot in db.Lots on movement.LotId equals lot.Id
                orderby lot.ItemCode, lot.ExpiresOn, movement.Sequence
                select new { lot.Id, lot.ItemCode, lot.LotNumber, lot.Unit, lot.ExpiresOn, movement.Quantity })
            .ToListAsync(cancellationToken);
        return
        [
            .. lines
                .GroupBy(line => (line.Id, line.ItemCode, line.LotNumber, line.Unit, line.ExpiresOn))
                .Select(group => new AllocatedLot(
                    group.Key.ItemCode, group.Key.Id.Value, group.Key.LotNumber, -group.Sum(line => line.Quantity), group.Key.Unit.Symbol,
                    group.Key.ExpiresOn)),
        ];
    }

    private static AllocatedLot Allocated(Lot lot, Quantity quantity) =>
        new(lot.ItemCode, lot.Id.Value, lot.LotNumber, quantity.In(lot.Unit).Amount, lot.Unit.Symbol, lot.ExpiresOn);
}
