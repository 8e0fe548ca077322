using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Modules.Reporting.ReadModels;

/// <summary>
/// A row of the SQL view v_rx_turnaround: a fill's stage times and the hours between stages, computed by the
/// database so that reporting tools reading the view see the same numbers as the API and the CSV.
/// </summary>
public sealed class RxTurnaroundViewRow
{
    public Guid FillId { get; init; }

    public Guid? PrescriptionId { get; init; }

    public long? RxNumber { get; init; }

    public int? FillNumber { get; init; }

    public string? FormulaCode { get; init; }

    public decimal? Quantity { get; init; }

    public string? BatchNumber { get; init; }

    public string? DispenseMethod { get; init; }

    public decimal? ChargeAmount { get; init; }

    public string? ChargeCurrency { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    public DateTimeOffset? RequestedAt { get; init; }

    public DateTimeOffset? CompoundedAt { get; init; }

    public DateTimeOffset? ReleasedAt { get; init; }

    public DateTimeOffset? RejectedAt { get; init; }

    public DateTimeOffset? DispensedAt { get; init; }

    public DateTimeOffset? ChargedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public double? ReceivedToVerifiedHours { get; init; }

    public double? VerifiedToCompoundedHours { get; init; }

    public double? CompoundedToReleasedHours { get; init; }

    public double? ReleasedToDispensedHours { get; init; }

    public double? ReceivedToDispensedHours { get; init; }

    public StageTimes StageTimes => new(ReceivedAt, VerifiedAt, CompoundedAt, ReleasedAt, DispensedAt);
}
