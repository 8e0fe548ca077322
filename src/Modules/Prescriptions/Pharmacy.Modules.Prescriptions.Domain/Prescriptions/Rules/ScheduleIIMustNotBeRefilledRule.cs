using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>A Schedule II prescription is filled once: the prescriber writes a new one for each fill (21 CFR 1306.12).</summary>
public sealed class ScheduleIIMustNotBeRefilledRule(int refills, ScheduleLimits limits) : IBusinessRule
{
    public bool IsBroken() => refills > limits.MaxRefills;

    public string Message => limits.MaxRefills == 0
        ? $"{Capitalised(limits.Describe)} cannot be refilled ({limits.Authority}); {refills} refills were written. " +
          "Send it with 0 refills: the prescriber writes a new prescription for each fill."
        : $"At most {limits.MaxRefills} refills may be authorised for {limits.Describe} here; {refills} were written. Ask the prescriber for a new prescription instead.";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
