using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

namespace Pharmacy.Modules.Prescriptions;

/// <summary>
/// The refill and expiry limits of the pharmacy's state, from the "Prescriptions:Limits" configuration section
/// (for example <c>Prescriptions:Limits:ScheduleII:ValidForMonths = 3</c>). The defaults are the federal rules; a state
/// may be stricter, so a setting looser than federal law refuses to start the host.
/// </summary>
public sealed class PrescribingLimitsOptions
{
    public const string Section = "Prescriptions:Limits";

    public LimitsSetting NonControlled { get; set; } = new() { MaxRefills = PrescribingLimits.FederalMaxRefills, ValidForMonths = PrescribingLimits.DefaultMonthsOfNonControlled };

    public LimitsSetting ScheduleII { get; set; } = new() { MaxRefills = 0, ValidForMonths = PrescribingLimits.DefaultMonthsOfNonControlled };

    public LimitsSetting ScheduleIIIAndIV { get; set; } = new()
    {
        MaxRefills = PrescribingLimits.FederalMaxRefillsOfScheduleIIIToV, ValidForMonths = PrescribingLimits.FederalMonthsOfScheduleIIIToV,
    };

    public LimitsSetting ScheduleV { get; set; } = new()
    {
        MaxRefills = PrescribingLimits.FederalMaxRefillsOfScheduleIIIToV, ValidForMonths = PrescribingLimits.FederalMonthsOfScheduleIIIToV,
    };

    public PrescribingLimits ToLimits() => PrescribingLimits.Of(
        (NonControlled.MaxRefills, NonControlled.ValidForMonths), (ScheduleII.MaxRefills, ScheduleII.ValidForMonths),
        (ScheduleIIIAndIV.MaxRefills, ScheduleIIIAndIV.ValidForMonths), (ScheduleV.MaxRefills, ScheduleV.ValidForMonths));

    /// <summary>Why the settings cannot be used, or null: each within federal law and at least a month of validity.</summary>
    public string? Problem()
    {
        var federal = PrescribingLimits.Federal;
        var settings = new (string Name, LimitsSetting Setting, ScheduleLimits Federal)[]
        {
            (nameof(NonControlled), NonControlled, federal.NonControlled), (nameof(ScheduleII), ScheduleII, federal.ScheduleII),
            (nameof(ScheduleIIIAndIV), ScheduleIIIAndIV, federal.ScheduleIIIAndIV), (nameof(ScheduleV), ScheduleV, federal.ScheduleV),
        };
        foreach (var (name, setting, limit) in settings)
        {
            if (setting.MaxRefills < 0 || setting.MaxRefills > limit.MaxRefills)
            {
                return $"{Section}:{name}:MaxRefills must be between 0 and {limit.MaxRefills}.";
            }

            if (setting.ValidForMonths < 1 || setting.ValidForMonths > limit.ValidForMonths)
            {
                return $"{Section}:{name}:ValidForMonths must be between 1 and {limit.ValidForMonths}.";
            }
        }

        return null;
    }

    public sealed class LimitsSetting
    {
        public int MaxRefills { get; set; }

        public int ValidForMonths { get; set; }
    }
}
