using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Formulas;

/// <summary>
/// A formula the pharmacy compounds, as Billing knows it from Compounding's approvals: its name and the unit a
/// price is per. Only these can go on the price list.
/// </summary>
public sealed class BillableFormula : Entity
{
    private BillableFormula()
    {
    }

    public string Code { get; private set; } = "";

    public int Version { get; private set; }

    public string Name { get; private set; } = "";

    public string Unit { get; private set; } = "";

    public DateTimeOffset ApprovedAt { get; private set; }

    public static BillableFormula Approved(string code, int version, string name, string unit, DateTimeOffset approvedAt)
    {
        var formula = new BillableFormula { Code = code.Trim().ToUpperInvariant() };
        formula.Approve(version, name, unit, approvedAt);
        return formula;
    }

    /// <summary>A newer version was approved; an older event arriving late changes nothing.</summary>
    public void Approve(int version, string name, string unit, DateTimeOffset approvedAt)
    {
        if (version < Version)
        {
            return;
        }

        Version = version;
        Name = name.Trim();
        Unit = unit.Trim();
        ApprovedAt = approvedAt;
    }
}

public sealed class PriceMustBeForAFormulaOfTheCatalogRule(string formulaCode, BillableFormula? formula) : IBusinessRule
{
    public bool IsBroken() => formula is null;

    public string Message => $"{formulaCode} is not a formula this pharmacy compounds (no approved version). Choose a formula of the catalog.";
}
