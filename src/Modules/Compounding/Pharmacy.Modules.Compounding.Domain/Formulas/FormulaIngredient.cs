using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>One line of a formula: an inventory item and how much of it goes into one unit of the preparation.</summary>
public sealed class FormulaIngredient
{
    private FormulaIngredient()
    {
    }

    public FormulaIngredient(int line, string itemCode, string name, IngredientRole role, Quantity perUnit)
    {
        Line = line;
        ItemCode = itemCode.Trim().ToUpperInvariant();
        Name = name.Trim();
        Role = role;
        Unit = perUnit.Unit;
        QuantityPerUnit = perUnit.Amount;
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

    public Quantity QuantityFor(decimal units) => PerUnit * units;

    /// <summary>A draft's line rewritten from the same line of its revision.</summary>
    internal void Rewrite(FormulaIngredient from)
    {
        ItemCode = from.ItemCode;
        Name = from.Name;
        Role = from.Role;
        Unit = from.Unit;
        QuantityPerUnit = from.QuantityPerUnit;
    }

    /// <summary>Stored as its amount; the unit is the line's <see cref="Unit"/>.</summary>
    private decimal QuantityPerUnit { get; set; }
}

/// <summary>A quality check the formula asks for, with its acceptance limit in words ("pH 6.5-7.5").</summary>
public sealed class QualityCheck
{
    private QualityCheck()
    {
    }

    public QualityCheck(int line, string name, string specification)
    {
        Line = line;
        Name = name.Trim();
        Specification = specification.Trim();
    }

    public int Line { get; private set; }

    public string Name { get; private set; } = "";

    public string Specification { get; private set; } = "";

    /// <summary>A draft's check rewritten from the same line of its revision.</summary>
    internal void Rewrite(QualityCheck from)
    {
        Name = from.Name;
        Specification = from.Specification;
    }
}

/// <summary>Published stability data for this exact formulation: how many days, and where that comes from.</summary>
public sealed record StabilityReference(int Days, string Source);
