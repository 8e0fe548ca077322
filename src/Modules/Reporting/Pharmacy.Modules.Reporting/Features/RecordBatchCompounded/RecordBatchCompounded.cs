using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordBatchCompounded;

/// <summary>Compounding made and checked a batch for these fills.</summary>
public sealed record RecordBatchCompounded(string BatchNumber, string FormulaCode, IReadOnlyList<Guid> FillIds, DateTimeOffset CompoundedAt) : ICommand;

internal sealed class RecordBatchCompoundedHandler(ReportingDbContext db) : ICommandHandler<RecordBatchCompounded>
{
    public async ValueTask<Unit> Handle(RecordBatchCompounded command, CancellationToken cancellationToken)
    {
        await db.ForEachFillAsync(
            command.FillIds, row => row.RecordCompounded(command.BatchNumber, command.FormulaCode, command.CompoundedAt), cancellationToken);
        return Unit.Value;
    }
}
