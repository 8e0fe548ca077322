using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

public sealed class FormulaMustHaveAnActiveIngredientRule(IReadOnlyList<FormulaIngredient> ingredients) : IBusinessRule
{
    public bool IsBroken() => !ingredients.Any(i => i.Role == IngredientRole.Active && i.PerUnit.IsPositive);

    public string Message => "A formula needs at least one active ingredient with a quantity per unit.";
}
