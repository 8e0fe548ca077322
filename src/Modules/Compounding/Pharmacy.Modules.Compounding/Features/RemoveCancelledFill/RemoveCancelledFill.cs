using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Persistence;

namespace Pharmacy.Modules.Compounding.Features.RemoveCancelledFill;

/// <summary>
/// The fill's prescription was cancelled: the fill leaves the batch that serves it. A planned batch shrinks, or is
/// cancelled when no fill is left; a started batch goes on as planned. A fill no batch serves (not planned yet, or its
/// batch was rejected) changes nothing.
/// </summary>
public sealed record RemoveCancelledFill(Guid FillId, string Reason) : ICommand;

internal sealed class RemoveCancelledFillHandler(CompoundingDbContext db, TimeProvider clock) : ICommandHandler<RemoveCancelledFill>
{
    public async ValueTask<Unit> Handle(RemoveCancelledFill command, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsSplitQuery()
            .Where(b => b.Status != BatchStatus.Rejected && b.Status != BatchStatus.Cancelled && b.Fills.Any(f => f.FillId == command.FillId))
            .FirstOrDefaultAsync(cancellationToken);
        if (batch is null)
        {
            return Unit.Value;
        }

        var formula = batch.Status == BatchStatus.Planned ? await db.ApprovedFormulaAsync(batch.FormulaCode, cancellationToken) : null;
        batch.RemoveCancelledFill(command.FillId, command.Reason, formula, clock.GetUtcNow());
        return Unit.Value;
    }
}
