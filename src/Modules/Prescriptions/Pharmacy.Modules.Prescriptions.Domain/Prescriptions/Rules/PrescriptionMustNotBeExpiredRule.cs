using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// A prescription is filled up to and including its last valid day (<see cref="ScheduleLimits.ExpiryOf"/>): one written on
/// 1 May under a six-month limit may be filled on 1 November, not on 2 November.
/// </summary>
public sealed class PrescriptionMustNotBeExpiredRule(DateOnly writtenOn, DateOnly expiresOn, DateOnly today, ScheduleLimits? limits = null) : IBusinessRule
{
    public bool IsBroken() => today > expiresOn;

    public string Message =>
        $"The prescription written on {writtenOn:yyyy-MM-dd} expired on {expiresOn:yyyy-MM-dd}" +
        (limits is null ? "" : $" ({limits.Describe} is valid for {limits.ValidForMonths} months, {limits.Authority})") +
        ". Ask the prescriber for a new prescription.";
}
