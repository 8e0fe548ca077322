using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Features.ConsumeLotsForBatch;

/// <summary>
/// A batch was compounded: take off each lot what was actually weighed or measured, and give back whatever is still
/// reserved for the batch. Run by the system on Compounding's BatchCompounded.
/// </summary>
public sealed record ConsumeLotsForBatch(
    Guid BatchId, string BatchNumber, IReadOnlyList<LotConsumption> Lots, string PreparedBy, DateTimeOffset CompoundedAt) : ICommand;

public sealed record LotConsumption(Guid LotId, string LotNumber, decimal Quantity, string Unit);

internal sealed class ConsumeLotsForBatchValidator : InputValidator<ConsumeLotsForBatch>
{
    public ConsumeLotsForBatchValidator()
    {
        RuleFor(command => command.BatchId).NotEmpty();
        RuleFor(command => command.BatchNumber).NotEmpty().MaximumLength(50);
        RuleForEach(command => command.Lots).ChildRules(lot =>
        {
            lot.RuleFor(l => l.LotId).NotEmpty();
            lot.RuleFor(l => l.Quantity).GreaterThan(0);
            lot.RuleFor(l => l.Unit).Must(unit => UnitOfMeasure.TryParse(unit, out _)).WithMessage("Give each quantity's unit (g, mL, each).");
        });
    }
}

internal sealed class ConsumeLotsForBatchHandler(InventoryDbContext db, ICurrentUser user) : ICommandHandler<ConsumeLotsForBatch>
{
    public async ValueTask<Unit> Handle(ConsumeLotsForBatch command, CancellationToken cancellationToken)
    {
        var used = command.Lots.GroupBy(line => LotId.From(line.LotId)).ToList();
        var reservedIds = await db.StockMovements
            .Where(m => m.BatchId == command.BatchId && m.Type == MovementType.Reservation)
            .Select(m => m.LotId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var ids = used.Select(group => group.Key).Union(reservedIds).ToList();
        var lots = await db.Lots.Where(lot => ids.Contains(lot.Id)).ToDictionaryAsync(lot => lot.Id, cancellationToken);

        var batch = new BatchReference(command.BatchId, command.BatchNumber.Trim());
        // The ledger names the person who weighed; the audit trail records that the system wrote it.
        var by = new StockActor(user.Id, string.IsNullOrWhiteSpace(command.PreparedBy) ? user.Name : command.PreparedBy.Trim());
        foreach (var group in used)
        {
            var lot = lots.GetValueOrDefault(group.Key) ?? throw new NotFoundException("Lot", group.Key);
            // The inbox already applies each event once; this keeps a replayed command from taking stock twice too.
            if (lot.WasConsumedBy(batch.Id))
            {
                continue;
            }

            foreach (var line in group)
            {
                lot.Consume(batch, Quantity.Of(line.Quantity, line.Unit), by, command.CompoundedAt);
            }
        }

        foreach (var lot in lots.Values)
        {
            lot.ReleaseReservation(batch, by, command.CompoundedAt);
        }

        return Unit.Value;
    }
}
