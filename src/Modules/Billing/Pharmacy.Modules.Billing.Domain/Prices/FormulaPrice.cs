using Pharmacy.Modules.Billing.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public readonly record struct FormulaPriceId(Guid Value) : ITypedId<FormulaPriceId>
{
    public static FormulaPriceId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

/// <summary>The price list's price for one dispensing unit of a formula. Every change gives its reason (audited).</summary>
public sealed class FormulaPrice : AggregateRoot
{
    private FormulaPrice()
    {
    }

    public FormulaPriceId Id { get; private set; }

    public string FormulaCode { get; private set; } = "";

    public string FormulaName { get; private set; } = "";

    /// <summary>The dispensing unit the price is for: capsule, mL, g, troche.</summary>
    public string Unit { get; private set; } = "";

    public Money PricePerUnit { get; private set; } = Money.Zero();

    public DateTimeOffset ChangedAt { get; private set; }

    public string? ChangeReason { get; private set; }

    /// <summary>Lists a formula of the catalog at its catalog name and unit; a code the catalog does not hold is refused.</summary>
    public static FormulaPrice ListFromCatalog(string formulaCode, BillableFormula? formula, Money pricePerUnit, bool alreadyListed, DateTimeOffset now)
    {
        CheckRule(new PriceMustBeForAFormulaOfTheCatalogRule(formulaCode, formula));
        return List(formula!.Code, formula.Name, formula.Unit, pricePerUnit, alreadyListed, now);
    }

    public static FormulaPrice List(
        string formulaCode, string formulaName, string unit, Money pricePerUnit, bool alreadyListed, DateTimeOffset now)
    {
        CheckRule(new FormulaMustBeListedOnceRule(alreadyListed, formulaCode));
        CheckRule(new PriceMustBePositiveRule(pricePerUnit));
        return new FormulaPrice
        {
            Id = TypedId.New<FormulaPriceId>(),
            FormulaCode = formulaCode.Trim(),
            FormulaName = formulaName.Trim(),
            Unit = unit.Trim(),
            PricePerUnit = pricePerUnit,
            ChangedAt = now,
        };
    }

    public void ChangePrice(Money pricePerUnit, string reason, DateTimeOffset now)
    {
        CheckRule(new PriceMustBePositiveRule(pricePerUnit));
        CheckRule(new PriceChangeMustGiveAReasonRule(reason));
        CheckRule(new PriceMustDifferFromTheCurrentOneRule(PricePerUnit, pricePerUnit, Unit));
        PricePerUnit = pricePerUnit;
        ChangeReason = reason.Trim();
        ChangedAt = now;
    }
}
