using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordFormulaWithdrawn;

/// <summary>
/// Compounding withdrew a formula and left no version of it approved: new prescriptions for its code are refused with
/// the reason, until a new version is approved. Prescriptions already received keep their fills; Compounding plans them
/// on a batch flagged "no approved formula" for the pharmacist.
/// </summary>
public sealed record RecordFormulaWithdrawn(string Code, int Version, string Reason, DateTimeOffset WithdrawnAt) : ICommand;

internal sealed class RecordFormulaWithdrawnHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordFormulaWithdrawn>
{
    public async ValueTask<Unit> Handle(RecordFormulaWithdrawn command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        var formula = await db.Formulas.SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        // A code this module never knew as orderable has nothing to withdraw.
        formula?.Withdraw(command.Version, command.Reason, command.WithdrawnAt, clock.GetUtcNow());
        return Unit.Value;
    }
}
