using Mediator;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Features.RecordFillServedFromStock;

/// <summary>
/// The fill drew on a stock batch already released. Its compounding and release are stamped at the moment it was
/// served: the preparation was there for it then, and the stages never run backwards from its verification.
/// </summary>
public sealed record RecordFillServedFromStock(Guid FillId, string BatchNumber, string FormulaCode, DateTimeOffset ServedAt) : ICommand;

internal sealed class RecordFillServedFromStockHandler(ReportingDbContext db) : ICommandHandler<RecordFillServedFromStock>
{
    public async ValueTask<Unit> Handle(RecordFillServedFromStock command, CancellationToken cancellationToken)
    {
        await db.ForEachFillAsync(
            [command.FillId],
            row =>
            {
                row.RecordCompounded(command.BatchNumber, command.FormulaCode, command.ServedAt);
                row.RecordReleased(command.ServedAt);
            },
            cancellationToken);
        return Unit.Value;
    }
}
