using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public sealed class BatchNeedsAnApprovedFormulaRule(string formulaCode, Formula? approvedFormula) : IBusinessRule
{
    public bool IsBroken() => approvedFormula is not { IsApproved: true } || approvedFormula.Code != formulaCode;

    public string Message => $"Formula {formulaCode} has no approved version: a pharmacist must approve one before this batch can start.";
}
