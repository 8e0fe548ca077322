using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordBatchProgress;

/// <summary>Compounding planned a batch for some of our fills.</summary>
public sealed record RecordBatchPlanned(Guid BatchId, string BatchNumber, IReadOnlyList<Guid> FillIds) : ICommand;

/// <summary>The batch was compounded and checked: its beyond-use date and storage are known.</summary>
public sealed record RecordBatchCompounded(Guid BatchId, DateTimeOffset BeyondUseDate, string Storage, IReadOnlyList<Guid> FillIds) : ICommand;

/// <summary>Quality released the batch: its fills are ready to dispense.</summary>
public sealed record RecordBatchReleased(Guid BatchId, string BatchNumber, IReadOnlyList<Guid> FillIds) : ICommand;

/// <summary>Quality rejected the batch: its fills and their prescriptions are held.</summary>
public sealed record RecordBatchRejected(Guid BatchId, string BatchNumber, string Reason, string RejectedBy, IReadOnlyList<Guid> FillIds) : ICommand;

// A batch may list fills this module does not hold (made for stock, or sent by a test); those are passed over.
internal sealed class RecordBatchPlannedHandler(PrescriptionsDbContext db) : ICommandHandler<RecordBatchPlanned>
{
    public async ValueTask<Unit> Handle(RecordBatchPlanned command, CancellationToken cancellationToken)
    {
        foreach (var prescription in await db.WithFillsAsync(command.FillIds, cancellationToken))
        {
            foreach (var fillId in command.FillIds)
            {
                prescription.RecordBatchPlanned(FillId.From(fillId), command.BatchId, command.BatchNumber);
            }
        }

        return Unit.Value;
    }
}

internal sealed class RecordBatchCompoundedHandler(PrescriptionsDbContext db) : ICommandHandler<RecordBatchCompounded>
{
    public async ValueTask<Unit> Handle(RecordBatchCompounded command, CancellationToken cancellationToken)
    {
        foreach (var prescription in await db.WithFillsAsync(command.FillIds, cancellationToken))
        {
            foreach (var fillId in command.FillIds)
            {
                prescription.RecordBatchCompounded(FillId.From(fillId), command.BeyondUseDate, command.Storage);
            }
        }

        return Unit.Value;
    }
}

internal sealed class RecordBatchReleasedHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordBatchReleased>
{
    public async ValueTask<Unit> Handle(RecordBatchReleased command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var prescription in await db.WithFillsAsync(command.FillIds, cancellationToken))
        {
            foreach (var fillId in command.FillIds)
            {
                prescription.RecordBatchReleased(FillId.From(fillId), command.BatchId, command.BatchNumber, now);
            }
        }

        return Unit.Value;
    }
}

internal sealed class RecordBatchRejectedHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordBatchRejected>
{
    public async ValueTask<Unit> Handle(RecordBatchRejected command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var prescription in await db.WithFillsAsync(command.FillIds, cancellationToken))
        {
            foreach (var fillId in command.FillIds)
            {
                prescription.RecordBatchRejected(FillId.From(fillId), command.BatchNumber, command.Reason, command.RejectedBy, now);
            }
        }

        return Unit.Value;
    }
}
