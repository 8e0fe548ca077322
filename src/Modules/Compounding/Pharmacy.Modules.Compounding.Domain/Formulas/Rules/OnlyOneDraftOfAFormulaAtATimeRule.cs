using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class OnlyOneDraftOfAFormulaAtATimeRule(string code, int? draftVersion) : IBusinessRule
{
    public bool IsBroken() => draftVersion is not null;

    public string Message =>
        $"{code} already has a draft, version {draftVersion}: edit that draft, or approve it, before starting another version.";
}
