using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>A failed result stays on the record even after a passing retest, and holds the release until a pharmacist has investigated it.</summary>
public sealed class EveryFailedQcResultMustBeInvestigatedRule(IReadOnlyList<QcCheckStanding> checks) : IBusinessRule
{
    private IReadOnlyList<string> Waiting => checks.Where(check => check.UninvestigatedFailures.Count > 0).Select(check => check.Name).ToList();

    public bool IsBroken() => Waiting.Count > 0;

    public string Message => $"{string.Join(", ", Waiting)}: a failed result has no documented investigation yet; "
                             + "a pharmacist must document and sign the investigation before the batch can be released.";
}
