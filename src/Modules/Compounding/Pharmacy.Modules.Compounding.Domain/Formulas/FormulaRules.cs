using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class FormulaMustHaveAnActiveIngredientRule(IReadOnlyList<FormulaIngredient> ingredients) : IBusinessRule
{
    public bool IsBroken() => !ingredients.Any(i => i.Role == IngredientRole.Active && i.PerUnit.IsPositive);

    public string Message => "A formula needs at least one active ingredient with a quantity per unit.";
}

public sealed class SterilePreparationMustNameItsSterilizationMethodRule(PreparationType preparation, SterilizationMethod? method) : IBusinessRule
{
    public bool IsBroken() => preparation != PreparationType.NonSterile && method is null;

    public string Message => "A sterile preparation must say how it is made sterile: aseptically or terminally sterilized.";
}

public sealed class FormulaMustBeDraftToApproveRule(string code, int version, FormulaStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FormulaStatus.Draft;

    public string Message => $"Only a draft can be approved; {code} version {version} is {status}.";
}

public sealed class FormulaMustHaveQualityChecksAndInstructionsRule(int qualityChecks, int instructions) : IBusinessRule
{
    public bool IsBroken() => qualityChecks == 0 || instructions == 0;

    public string Message => "A formula is approved only with its quality checks and its compounding instructions written.";
}

public sealed class OnlyAnApprovedFormulaCanBeRetiredRule(string code, int version, FormulaStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FormulaStatus.Approved;

    public string Message => $"Only an approved formula can be retired; {code} version {version} is {status}.";
}
