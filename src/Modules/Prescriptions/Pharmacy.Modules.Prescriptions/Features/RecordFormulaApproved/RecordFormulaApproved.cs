using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordFormulaApproved;

/// <summary>Compounding approved a formula version: prescriptions may name its code, counted in its unit.</summary>
public sealed record RecordFormulaApproved(
    string Code, int Version, string Name, string DosageForm, string Unit, bool CountedInWholeUnits, string Storage,
    string? ControlledSchedule, DateTimeOffset ApprovedAt) : ICommand;

internal sealed class RecordFormulaApprovedHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordFormulaApproved>
{
    public async ValueTask<Unit> Handle(RecordFormulaApproved command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        var formula = await db.Formulas.SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        if (formula is null)
        {
            db.Formulas.Add(OrderableFormula.Approved(
                code, command.Version, command.Name, command.DosageForm, command.Unit, command.CountedInWholeUnits, command.Storage,
                command.ControlledSchedule, command.ApprovedAt, clock.GetUtcNow()));
        }
        else
        {
            formula.Approve(
                command.Version, command.Name, command.DosageForm, command.Unit, command.CountedInWholeUnits, command.Storage,
                command.ControlledSchedule, command.ApprovedAt, clock.GetUtcNow());
        }

        return Unit.Value;
    }
}
