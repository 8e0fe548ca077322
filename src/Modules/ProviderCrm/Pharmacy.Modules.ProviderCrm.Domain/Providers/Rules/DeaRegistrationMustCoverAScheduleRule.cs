using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

public sealed class DeaRegistrationMustCoverAScheduleRule(IReadOnlyList<string> schedules) : IBusinessRule
{
    public bool IsBroken() => schedules.Count == 0;

    public string Message => $"A DEA registration covers at least one schedule: {string.Join(", ", DeaSchedules.All)}.";
}
