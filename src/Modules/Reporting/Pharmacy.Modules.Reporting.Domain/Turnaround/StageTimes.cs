namespace Pharmacy.Modules.Reporting.Domain.Turnaround;

/// <summary>When a fill reached each stage of its way from the prescription's arrival to the patient.</summary>
public sealed record StageTimes(
    DateTimeOffset? ReceivedAt, DateTimeOffset? VerifiedAt, DateTimeOffset? CompoundedAt, DateTimeOffset? ReleasedAt, DateTimeOffset? DispensedAt);
