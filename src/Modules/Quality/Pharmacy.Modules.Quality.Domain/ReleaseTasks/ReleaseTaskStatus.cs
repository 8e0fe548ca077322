namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>Where a batch stands with Quality: waiting for its QC results and a decision, or decided.</summary>
public enum ReleaseTaskStatus
{
    Open,
    Released,
    Rejected,
}

/// <summary>The judgement of one QC result against its specification.</summary>
public enum QcOutcome
{
    Pass,
    Fail,
}
