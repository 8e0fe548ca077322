using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Formulas;

/// <summary>
/// A prescribed quantity is counted in the formula's dispensing unit and must be one a pharmacy could dispense: whole
/// for forms dispensed by count, and no more than a large compounded supply.
/// </summary>
public sealed class QuantityMustSuitTheFormulaRule(decimal quantity, OrderableFormula formula) : IBusinessRule
{
    /// <summary>Capsules, tablets, troches or suppositories in one prescription: a year of several a day.</summary>
    public const int MaxCountedUnits = 2_000;

    /// <summary>Millilitres or grams in one prescription: a few litres or kilograms at most.</summary>
    public const int MaxMeasuredUnits = 5_000;

    public bool IsBroken() => formula.CountedInWholeUnits
        ? quantity != decimal.Truncate(quantity) || quantity > MaxCountedUnits
        : quantity > MaxMeasuredUnits;

    public string Message => formula.CountedInWholeUnits
        ? $"{formula.Name} is dispensed by the {formula.Unit}: enter a whole number of {formula.Unit}s, at most {MaxCountedUnits:N0} (was {quantity:0.###})."
        : $"{formula.Name} is dispensed in {formula.Unit}: enter at most {MaxMeasuredUnits:N0} {formula.Unit} (was {quantity:0.###}).";
}
