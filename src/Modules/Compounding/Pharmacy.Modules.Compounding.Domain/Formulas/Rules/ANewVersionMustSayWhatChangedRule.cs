using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class ANewVersionMustSayWhatChangedRule(string? changeSummary) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(changeSummary);

    public string Message => "A new version must say what it changes from the approved one: write a change summary.";
}
