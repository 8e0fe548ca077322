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

/// <summary>How the result of a QC check is entered and judged.</summary>
public enum QcMeasure
{
    /// <summary>Judged by the reviewer against the specification in words (appearance, no growth).</summary>
    [DisplayText("Pass / fail")]
    PassFail,

    /// <summary>Potency as a percentage of the labelled strength.</summary>
    [DisplayText("% of label")]
    PercentOfLabel,

    /// <summary>Milligrams of the active per dosage unit (per capsule, per mL, per g).</summary>
    [DisplayText("mg per unit")]
    MgPerUnit,

    [DisplayText("pH units")]
    Ph,
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

/// <summary>
/// The fixed list of dosage forms. Oral liquids are forms of their own, so that whether a preparation is an oral
/// liquid (USP &lt;795&gt; gives non-aqueous ones 90 days, not 180) never depends on how a route was typed.
/// </summary>
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

    [DisplayText("Oral liquid")]
    OralLiquid,

    [DisplayText("Oral solution")]
    OralSolution,

    [DisplayText("Oral suspension")]
    OralSuspension,
}

public static class DosageForms
{
    /// <summary>
    /// Liquids taken by mouth, decided by the dosage form alone: USP &lt;795&gt; gives non-aqueous oral liquids a
    /// shorter limit than solid forms. A plain solution or suspension is not one (it may be topical or ophthalmic).
    /// </summary>
    public static bool IsOralLiquid(DosageForm form) =>
        form is DosageForm.OralLiquid or DosageForm.OralSolution or DosageForm.OralSuspension or DosageForm.Syrup;

    /// <summary>Forms dispensed by count: a prescription for them is a whole number of units.</summary>
    public static bool IsCountedInWholeUnits(DosageForm form) =>
        form is DosageForm.Capsule or DosageForm.Tablet or DosageForm.Troche or DosageForm.Suppository;
}
