using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>A stock batch is planned in the formula's unit: a whole number of capsules, tablets, troches or suppositories.</summary>
public sealed class StockQuantityMustSuitTheFormulaRule(Formula formula, decimal quantity) : IBusinessRule
{
    public bool IsBroken() => quantity <= 0 || (DosageForms.IsCountedInWholeUnits(formula.DosageForm) && quantity != decimal.Truncate(quantity));

    public string Message => quantity <= 0
        ? "Plan a stock batch of more than nothing."
        : string.Create(CultureInfo.InvariantCulture, $"{formula.Code} is made in whole {formula.Unit}s: {Quantity.FormatAmount(quantity)} is not a whole number.");
}
