using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>
/// A salt-to-base factor is a ratio of molecular weights, from 1 (no salt) to 5; a potency adjustment factor is more
/// than 0 and at most 100 (a 1% trituration). Only an active or an excipient line is adjusted: a base q.s. completes
/// the unit and a container is counted.
/// </summary>
public sealed class IngredientFactorsMustBePlausibleRule(FormulaIngredient line) : IBusinessRule
{
    public const decimal MaxSaltFactor = 5m;
    public const decimal MaxPotencyFactor = 100m;

    public bool IsBroken() => Problem() is not null;

    public string Message => string.Create(CultureInfo.InvariantCulture, $"Ingredient line {line.Line} ({line.Name}): {Problem()}");

    private string? Problem()
    {
        if (line.SaltFactor is < 1m or > MaxSaltFactor)
        {
            return "a salt-to-base factor is the salt's molecular weight over the base's, from 1 to 5; give 1 when the strength is of what is weighed.";
        }

        if (line.PotencyFactor is <= 0m or > MaxPotencyFactor)
        {
            return "a potency adjustment factor is more than 0 and at most 100 (100 / the assay in %, or the dilution of a trituration); give 1 when none applies.";
        }

        return line.IsAdjusted && line.Role is not (IngredientRole.Active or IngredientRole.Excipient)
            ? "only an active or an excipient line is adjusted for salt or potency; a base q.s. completes the unit and a container is counted."
            : null;
    }
}
