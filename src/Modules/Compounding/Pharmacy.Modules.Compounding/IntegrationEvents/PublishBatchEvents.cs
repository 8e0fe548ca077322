using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Compounding.IntegrationEvents;

/// <summary>Tells the other modules about batches, through the Compounding outbox, in the same transaction.</summary>
internal sealed class PublishBatchEvents(CompoundingDbContext db) :
    IDomainEventHandler<BatchPlannedDomainEvent>,
    IDomainEventHandler<BatchCheckedDomainEvent>,
    IDomainEventHandler<BatchStartedDomainEvent>,
    IDomainEventHandler<BatchDeviationRecordedDomainEvent>,
    IDomainEventHandler<BatchCancelledDomainEvent>,
    IDomainEventHandler<FillServedFromStockDomainEvent>
{
    public ValueTask Handle(BatchPlannedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new BatchPlanned(
            domainEvent.BatchId.Value, domainEvent.BatchNumber, domainEvent.FormulaCode, domainEvent.FormulaVersion, domainEvent.Quantity,
            domainEvent.Unit, domainEvent.FillIds, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(BatchCheckedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new BatchChecked(
            domainEvent.BatchId.Value, domainEvent.BatchNumber, domainEvent.FormulaCode, domainEvent.FormulaVersion, domainEvent.CheckedBy,
            domainEvent.BeyondUseDate.Date, domainEvent.BeyondUseDate.LimitedBy.ToString(), domainEvent.Flags.Count, domainEvent.FillIds,
            domainEvent.OccurredAt));
        db.AddIntegrationEvent(new BatchCompounded(
            domainEvent.BatchId.Value, domainEvent.BatchNumber, domainEvent.FormulaCode, domainEvent.FormulaName, domainEvent.FormulaVersion,
            domainEvent.Quantity, domainEvent.Unit, domainEvent.BeyondUseDate.Date, domainEvent.BeyondUseDate.LimitedBy.ToString(),
            domainEvent.BeyondUseDate.Storage.ToString(),
            LotsOf(domainEvent.Lots),
            [.. domainEvent.QualityChecks.Select(check => new QualityCheckSpec(
                check.Name, check.Specification, check.Measure.ToString(), check.Lowest, check.Highest))],
            domainEvent.FillIds, domainEvent.PreparedBy, domainEvent.CheckedBy, domainEvent.OccurredAt,
            [.. domainEvent.Weights.Select(line => new WeighedLine(
                line.ItemCode, line.Name, line.Role.ToString(), line.Theoretical.Amount, line.Actual.Amount, line.Theoretical.Unit.Symbol, line.OutsideTolerance))],
            domainEvent.YieldPercent, domainEvent.Flags, domainEvent.Deviations, domainEvent.CheckAssessment));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(BatchStartedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new BatchStarted(
            domainEvent.BatchId.Value, domainEvent.BatchNumber, domainEvent.FormulaCode, domainEvent.FormulaVersion, domainEvent.Quantity,
            domainEvent.Unit, LotsOf(domainEvent.ReservedLots), domainEvent.FillIds, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(BatchDeviationRecordedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new BatchDeviationRecorded(
            domainEvent.BatchId.Value, domainEvent.BatchNumber, domainEvent.FormulaCode, domainEvent.FormulaVersion, domainEvent.Flags,
            domainEvent.Deviations, domainEvent.RecordedBy, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(BatchCancelledDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new BatchCancelled(
            domainEvent.BatchId.Value, domainEvent.BatchNumber, domainEvent.FormulaCode, domainEvent.Reason, domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(FillServedFromStockDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(new FillServedFromStock(
            domainEvent.FillId, domainEvent.BatchId.Value, domainEvent.BatchNumber, domainEvent.FormulaCode, domainEvent.BeyondUseDate,
            domainEvent.Storage.ToString(), domainEvent.OccurredAt));
        return ValueTask.CompletedTask;
    }

    private static List<IngredientLotUsed> LotsOf(IEnumerable<LotUsed> lots) =>
        [.. lots.Select(lot => new IngredientLotUsed(lot.ItemCode, lot.LotId, lot.LotNumber, lot.Quantity.Amount, lot.Quantity.Unit.Symbol))];
}
