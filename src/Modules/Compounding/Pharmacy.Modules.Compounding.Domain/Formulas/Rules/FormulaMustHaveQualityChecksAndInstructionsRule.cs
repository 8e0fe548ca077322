using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class FormulaMustHaveQualityChecksAndInstructionsRule(int qualityChecks, int instructions) : IBusinessRule
{
    public bool IsBroken() => qualityChecks == 0 || instructions == 0;

    public string Message => "A formula is approved only with its quality checks and its compounding instructions written.";
}
