using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class QcInvestigationNeedsAFailedResultRule(QcCheckStanding check) : IBusinessRule
{
    public bool IsBroken() => check.UninvestigatedFailures.Count == 0;

    public string Message => check.HasFailed
        ? $"Every failed {check.Name} result is already investigated; a new failure would need its own investigation."
        : $"{check.Name} has no failed result to investigate.";
}
