using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Formulas;

/// <summary>
/// A prescribed quantity is counted in the formula's dispensing unit and must be one a pharmacy could dispense: whole
/// for forms dispensed by count, and no more than a large compounded supply.
/// </summary>
public sealed class QuantityMustSuitTheFormulaRule(Quantity prescribed, OrderableFormula formula) : IBusinessRule
{
    /// <summary>Capsules, tablets, troches or suppositories in one prescription: a year of several a day.</summary>
    public const int MaxCountedUnits = 2_000;

    /// <summary>Millilitres or grams in one prescription: a few litres or kilograms at most.</summary>
    public const int MaxMeasuredUnits = 5_000;

    private decimal Amount => prescribed.Amount;

    public bool IsBroken() => formula.CountedInWholeUnits
        ? Amount != decimal.Truncate(Amount) || Amount > MaxCountedUnits
        : Amount > MaxMeasuredUnits;

    public string Message => formula.CountedInWholeUnits
        ? $"{formula.Name} is dispensed by the {prescribed.Unit}: enter a whole number of {prescribed.Unit}s, at most {MaxCountedUnits:N0} (was {Amount:0.###})."
        : $"{formula.Name} is dispensed in {prescribed.Unit}: enter at most {MaxMeasuredUnits:N0} {prescribed.Unit} (was {Amount:0.###}).";
}
