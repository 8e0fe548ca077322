using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Formulas;

/// <summary>A prescription names a formula with an approved version: never an unknown code, never a withdrawn one.</summary>
public sealed class PrescriptionMustNameAnApprovedFormulaRule(string formulaCode, OrderableFormula? formula) : IBusinessRule
{
    public bool IsBroken() => formula is not { IsOrderable: true };

    public string Message => formula is { WithdrawnAt: { } withdrawnAt }
        ? $"The formula {formulaCode} was withdrawn on {withdrawnAt:yyyy-MM-dd} ({formula.WithdrawalReason}) and has no approved version now. Choose another formula from the catalog, or ask the pharmacist about a replacement."
        : $"The formula {formulaCode} is not one this pharmacy compounds (no approved version). Choose a formula from the catalog, or ask the pharmacist to approve one.";
}
