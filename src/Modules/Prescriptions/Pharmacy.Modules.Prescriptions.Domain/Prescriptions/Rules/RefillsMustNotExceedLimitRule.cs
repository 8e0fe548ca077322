using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>The refills written stay within what the preparation's schedule allows (<see cref="PrescribingLimits"/>).</summary>
public sealed class RefillsMustNotExceedLimitRule(int refills, ScheduleLimits limits) : IBusinessRule
{
    public bool IsBroken() => refills > limits.MaxRefills;

    public string Message =>
        $"At most {limits.MaxRefills} refills may be authorised for {limits.Describe} ({limits.Authority}); {refills} were written. " +
        $"Ask the prescriber to authorise {limits.MaxRefills} or fewer; a new prescription is needed once they are used.";
}
