using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>The extra an adjusted line weighs comes out of the base q.s.; it cannot take all of it.</summary>
public sealed class AdjustedLinesMustLeaveRoomForTheBaseRule(IReadOnlyList<FormulaIngredient> ingredients) : IBusinessRule
{
    private FormulaIngredient? Exhausted => ingredients
        .FirstOrDefault(line => line.Role == IngredientRole.BaseQs && Formula.QuantityOf(line, ingredients).Amount <= 0);

    public bool IsBroken() => Exhausted is not null;

    public string Message =>
        $"With the salt and potency factors, the adjusted lines weigh more than the {Exhausted?.Name} q.s. leaves room for in one unit: " +
        "check the factors, or raise the base's quantity per unit to the full fill.";
}
