using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>
/// One line of a formula: an inventory item and how much of it goes into one unit of the preparation. An active line
/// may carry a salt-to-base factor (the salt weighed for the base the label states: naltrexone hydrochloride for
/// naltrexone, 1.1068) and a potency adjustment factor (100 / the assay of the stock, or the dilution of a
/// trituration): what is weighed is the quantity per unit times both.
/// </summary>
public sealed class FormulaIngredient
{
    private FormulaIngredient()
    {
    }

    public FormulaIngredient(
        int line, string itemCode, string name, IngredientRole role, Quantity perUnit, decimal potencyFactor = 1m, decimal saltFactor = 1m)
    {
        Line = line;
        ItemCode = itemCode.Trim().ToUpperInvariant();
        Name = name.Trim();
        Role = role;
        Unit = perUnit.Unit;
        QuantityPerUnit = perUnit.Amount;
        PotencyFactor = potencyFactor;
        SaltFactor = saltFactor;
    }

    public int Line { get; private set; }

    /// <summary>The inventory item's code (ING-001...).</summary>
    public string ItemCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public IngredientRole Role { get; private set; }

    /// <summary>What one dispensing unit of the preparation holds of the item: 0.0045 g per capsule.</summary>
    public Quantity PerUnit => new(QuantityPerUnit, Unit);

    /// <summary>The item's unit: g, mL or each.</summary>
    public UnitOfMeasure Unit { get; private set; } = UnitOfMeasure.Each;

    /// <summary>Potency adjustment: 100 / the assay (%) of the stock, or the dilution of a trituration; 1 when none applies.</summary>
    public decimal PotencyFactor { get; private set; } = 1m;

    /// <summary>Salt-to-base: the molecular weight of the salt weighed over that of the base the strength is stated as; 1 when none applies.</summary>
    public decimal SaltFactor { get; private set; } = 1m;

    /// <summary>Whether the line is weighed at something other than its quantity per unit.</summary>
    public bool IsAdjusted => PotencyFactor != 1m || SaltFactor != 1m;

    /// <summary>What is weighed for one unit: the quantity per unit times the salt-to-base and potency factors.</summary>
    public Quantity WeighedPerUnit => PerUnit * (PotencyFactor * SaltFactor);

    public Quantity QuantityFor(decimal units) => WeighedPerUnit * units;

    /// <summary>A draft's line rewritten from the same line of its revision.</summary>
    internal void Rewrite(FormulaIngredient from)
    {
        ItemCode = from.ItemCode;
        Name = from.Name;
        Role = from.Role;
        Unit = from.Unit;
        QuantityPerUnit = from.QuantityPerUnit;
        PotencyFactor = from.PotencyFactor;
        SaltFactor = from.SaltFactor;
    }

    /// <summary>Stored as its amount; the unit is the line's <see cref="Unit"/>.</summary>
    private decimal QuantityPerUnit { get; set; }
}

/// <summary>
/// A quality check the formula asks for: its acceptance limit in words ("pH 6.5-7.5") and, for a check whose result is
/// a number, how it is measured and the lowest and highest acceptable value in that measure, so that Quality reads a
/// result in the check's own unit (4.6 mg per capsule is not 4.6% of label).
/// </summary>
public sealed class QualityCheck
{
    private QualityCheck()
    {
    }

    public QualityCheck(int line, string name, string specification, QcMeasure measure = QcMeasure.PassFail, decimal? lowest = null, decimal? highest = null)
    {
        Line = line;
        Name = name.Trim();
        Specification = specification.Trim();
        Measure = measure;
        Lowest = measure == QcMeasure.PassFail ? null : lowest;
        Highest = measure == QcMeasure.PassFail ? null : highest;
    }

    public int Line { get; private set; }

    public string Name { get; private set; } = "";

    public string Specification { get; private set; } = "";

    public QcMeasure Measure { get; private set; }

    /// <summary>The lowest acceptable result in the check's measure; none for a pass/fail check.</summary>
    public decimal? Lowest { get; private set; }

    public decimal? Highest { get; private set; }

    /// <summary>The limits as people read them: "4.05-4.95 mg per capsule", "pH 6.5-7.5", "90-110% of label".</summary>
    public string LimitsInWords(string unit) => Measure switch
    {
        QcMeasure.PassFail => "Pass / fail",
        QcMeasure.Ph => string.Create(CultureInfo.InvariantCulture, $"pH {Lowest:0.###}-{Highest:0.###}"),
        QcMeasure.PercentOfLabel => string.Create(CultureInfo.InvariantCulture, $"{Lowest:0.###}-{Highest:0.###}% of label"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Lowest:0.####}-{Highest:0.####} mg per {unit}"),
    };

    /// <summary>A draft's check rewritten from the same line of its revision.</summary>
    internal void Rewrite(QualityCheck from)
    {
        Name = from.Name;
        Specification = from.Specification;
        Measure = from.Measure;
        Lowest = from.Lowest;
        Highest = from.Highest;
    }
}

/// <summary>Published stability data for this exact formulation: how many days, and where that comes from.</summary>
public sealed record StabilityReference(int Days, string Source);
