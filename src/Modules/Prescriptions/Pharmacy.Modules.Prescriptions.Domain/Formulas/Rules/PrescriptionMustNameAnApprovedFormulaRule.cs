using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Formulas;

public sealed class PrescriptionMustNameAnApprovedFormulaRule(string formulaCode, OrderableFormula? formula) : IBusinessRule
{
    public bool IsBroken() => formula is null;

    public string Message =>
        $"The formula {formulaCode} is not one this pharmacy compounds (no approved version). Choose a formula from the catalog, or ask the pharmacist to approve one.";
}
