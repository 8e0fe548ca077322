namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// How many refills a prescription may carry and how long it stays valid, for one class of preparation.
/// <paramref name="Describe"/> names the class in a refusal ("a schedule III or IV controlled substance").
/// </summary>
public sealed record ScheduleLimits(string Describe, int MaxRefills, int ValidForMonths, string Authority)
{
    /// <summary>The last day a prescription written on <paramref name="writtenOn"/> may be filled.</summary>
    public DateOnly ExpiryOf(DateOnly writtenOn) => writtenOn.AddMonths(ValidForMonths);
}

/// <summary>
/// The refill and expiry limits intake applies, by controlled-substance schedule. The federal rules are the default
/// (21 CFR 1306.12 and 1306.22); a state may be stricter, so the pharmacy's configuration may lower them, never raise them.
/// </summary>
public sealed record PrescribingLimits(ScheduleLimits NonControlled, ScheduleLimits ScheduleII, ScheduleLimits ScheduleIIIAndIV, ScheduleLimits ScheduleV)
{
    public const int FederalMaxRefills = 11;
    public const int FederalMaxRefillsOfScheduleIIIToV = 5;
    public const int FederalMonthsOfScheduleIIIToV = 6;
    public const int DefaultMonthsOfNonControlled = 12;

    public static PrescribingLimits Federal { get; } = Of(
        nonControlled: (FederalMaxRefills, DefaultMonthsOfNonControlled),
        scheduleII: (0, DefaultMonthsOfNonControlled),
        scheduleIIIAndIV: (FederalMaxRefillsOfScheduleIIIToV, FederalMonthsOfScheduleIIIToV),
        scheduleV: (FederalMaxRefillsOfScheduleIIIToV, FederalMonthsOfScheduleIIIToV));

    public static PrescribingLimits Of(
        (int MaxRefills, int Months) nonControlled, (int MaxRefills, int Months) scheduleII, (int MaxRefills, int Months) scheduleIIIAndIV,
        (int MaxRefills, int Months) scheduleV) => new(
        new("a non-controlled preparation", nonControlled.MaxRefills, nonControlled.Months, "the pharmacy's state setting"),
        new("a schedule II controlled substance", scheduleII.MaxRefills, scheduleII.Months, "21 CFR 1306.12"),
        new("a schedule III or IV controlled substance", scheduleIIIAndIV.MaxRefills, scheduleIIIAndIV.Months, "21 CFR 1306.22"),
        new("a schedule V controlled substance", scheduleV.MaxRefills, scheduleV.Months, "the pharmacy's state setting"));

    /// <summary>
    /// The limits of a formula's schedule (CII...CV, with or without "N"); null is a non-controlled preparation. A schedule
    /// this module does not recognise gets the strictest limits, Schedule II's.
    /// </summary>
    public ScheduleLimits For(string? controlledSchedule) =>
        controlledSchedule is null
            ? NonControlled
            : Formulas.ControlledSchedules.DeaScheduleOf(controlledSchedule) switch
            {
                "3" or "3N" or "4" => ScheduleIIIAndIV,
                "5" => ScheduleV,
                _ => ScheduleII,
            };
}
