namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>How a QC result is entered and judged: in the check's own unit, never guessed from its name.</summary>
public enum QcMeasure
{
    /// <summary>Judged by the reviewer against the specification in words (appearance, sterility: no growth).</summary>
    PassFail,

    /// <summary>Potency as a percentage of the labelled strength.</summary>
    PercentOfLabel,

    /// <summary>Milligrams of the active per dosage unit (per capsule, per mL).</summary>
    MgPerUnit,

    /// <summary>pH units, 0-14.</summary>
    Ph,
}
