namespace Pharmacy.Modules.Prescriptions.Contracts;

/// <summary>
/// The synchronous questions a sender asks Prescriptions before it sends an order: what it may order, and whether intake
/// would accept this prescription now (the prescriber active and licensed in the patient's state on the written date,
/// a DEA registration for a controlled formula, a quantity in the formula's unit, refills within the limit). The answer
/// is the intake's own rules, run without keeping anything.
/// </summary>
public interface IPrescriptionIntakeCheck
{
    Task<IReadOnlyList<OrderableFormulaInfo>> OrderableFormulasAsync(CancellationToken cancellationToken);

    /// <summary>The message of the first intake rule the prescription would break, or null when intake would accept it.</summary>
    Task<string?> RefusalOfAsync(IntakeCheckRequest request, CancellationToken cancellationToken);
}

public sealed record OrderableFormulaInfo(
    string Code, string Name, string DosageForm, string Unit, bool CountedInWholeUnits, string? ControlledSchedule);

public sealed record IntakeCheckRequest(
    string PrescriberNpi, string PatientState, string FormulaCode, decimal Quantity, int Refills, DateOnly WrittenOn);
