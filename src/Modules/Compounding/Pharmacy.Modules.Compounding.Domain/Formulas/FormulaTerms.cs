using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>Change control of a master formulation record: only an approved version is compounded.</summary>
public enum FormulaStatus
{
    Draft,
    Approved,
    Retired,
}

/// <summary>USP &lt;795&gt; (non-sterile) or the USP &lt;797&gt; category of a sterile preparation.</summary>
public enum PreparationType
{
    [DisplayText("Non-sterile")]
    NonSterile,

    [DisplayText("Sterile, Category 1")]
    SterileCategory1,

    [DisplayText("Sterile, Category 2")]
    SterileCategory2,

    [DisplayText("Sterile, Category 3")]
    SterileCategory3,
}

/// <summary>How a sterile preparation is made sterile, which sets its USP &lt;797&gt; row.</summary>
public enum SterilizationMethod
{
    Aseptic,
    TerminallySterilized,
}

/// <summary>Aqueous means water activity of 0.6 or more (USP &lt;795&gt;).</summary>
public enum WaterActivity
{
    [DisplayText("Aqueous (≥ 0.6)")]
    Aqueous,

    [DisplayText("Non-aqueous (< 0.6)")]
    NonAqueous,
}

public enum IngredientRole
{
    Active,
    Excipient,
    Base,

    /// <summary>The base added quantity sufficient (q.s.) to complete the unit.</summary>
    [DisplayText("Base q.s.")]
    BaseQs,
    Container,
}

public enum DosageForm
{
    Capsule,
    Tablet,
    Troche,
    Powder,
    Suppository,
    Ointment,
    Cream,
    Gel,
    Lotion,
    Solution,
    Suspension,
    Syrup,
    Emulsion,
    Injection,
}

public static class DosageForms
{
    /// <summary>Liquids taken by mouth: USP &lt;795&gt; gives non-aqueous oral liquids a shorter limit than solid forms.</summary>
    public static bool IsOralLiquid(DosageForm form, string route) =>
        form is DosageForm.Solution or DosageForm.Suspension or DosageForm.Syrup or DosageForm.Emulsion
        && route.Trim().StartsWith("oral", StringComparison.OrdinalIgnoreCase);

    /// <summary>Forms dispensed by count: a prescription for them is a whole number of units.</summary>
    public static bool IsCountedInWholeUnits(DosageForm form) =>
        form is DosageForm.Capsule or DosageForm.Tablet or DosageForm.Troche or DosageForm.Suppository;
}
