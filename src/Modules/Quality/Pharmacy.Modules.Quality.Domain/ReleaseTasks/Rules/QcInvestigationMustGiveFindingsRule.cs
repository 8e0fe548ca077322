using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class QcInvestigationMustGiveFindingsRule(string checkName, string? findings) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(findings);

    public string Message => $"Write the findings of the {checkName} investigation: the cause found and what was done about it.";
}
