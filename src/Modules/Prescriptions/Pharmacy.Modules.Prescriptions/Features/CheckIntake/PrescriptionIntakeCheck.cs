using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Features.CheckIntake;

/// <summary>
/// Answers a sender's questions before it sends: the intake's own rules (<see cref="Prescription.Receive"/>) run on what
/// it would send, and nothing is kept. The same reads as intake (<see cref="PrescriptionsDbContextQueries.IntakeFactsAsync"/>), so the answer is intake's answer at that moment.
/// </summary>
internal sealed class PrescriptionIntakeCheck(PrescriptionsDbContext db, PrescribingLimits limits, TimeProvider clock) : IPrescriptionIntakeCheck
{
    public async Task<IReadOnlyList<OrderableFormulaInfo>> OrderableFormulasAsync(CancellationToken cancellationToken) =>
        (await db.OrderableFormulas().OrderBy(formula => formula.Name).ToListAsync(cancellationToken))
        .Select(f => new OrderableFormulaInfo(f.Code, f.Name, f.DosageForm, f.Unit.Symbol, f.CountedInWholeUnits, f.ControlledSchedule))
        .ToList();

    public async Task<string?> RefusalOfAsync(IntakeCheckRequest request, CancellationToken cancellationToken)
    {
        var (prescriber, authority, code, formula) = await db.IntakeFactsAsync(request.PrescriberNpi, request.FormulaCode, cancellationToken);
        // The patient's name and birth date play no part in intake's rules; only the state does.
        var patient = new PatientDetails("-", "-", new DateOnly(1970, 1, 1), Sex.Unknown, request.PatientState.Trim().ToUpperInvariant());
        try
        {
            Prescription.Receive(
                0, patient, prescriber, authority, request.PrescriberNpi, code, formula, request.Quantity, "-", 1, request.Refills, request.WrittenOn,
                IntakeChannel.Portal, null, clock.GetUtcNow(), limits);
            return null;
        }
        catch (BusinessRuleValidationException refused)
        {
            return refused.Message;
        }
    }
}
