using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Modules.Reporting.Tests;

/// <summary>Every column of a turnaround row, compared as one value.</summary>
internal sealed record RxTurnaroundRowSnapshot(
    Guid FillId, Guid? PrescriptionId, long? RxNumber, int? FillNumber, string? FormulaCode, decimal? Quantity,
    DateTimeOffset? ReceivedAt, DateTimeOffset? VerifiedAt, DateTimeOffset? RequestedAt, string? BatchNumber, DateTimeOffset? CompoundedAt,
    DateTimeOffset? ReleasedAt, DateTimeOffset? RejectedAt, DateTimeOffset? DispensedAt, string? DispenseMethod, DateTimeOffset? ChargedAt,
    decimal? ChargeAmount, string? ChargeCurrency)
{
    public static RxTurnaroundRowSnapshot Of(RxTurnaround row) => new(
        row.FillId, row.PrescriptionId, row.RxNumber, row.FillNumber, row.FormulaCode, row.Quantity, row.ReceivedAt, row.VerifiedAt,
        row.RequestedAt, row.BatchNumber, row.CompoundedAt, row.ReleasedAt, row.RejectedAt, row.DispensedAt, row.DispenseMethod,
        row.ChargedAt, row.ChargeAmount, row.ChargeCurrency);

    /// <summary>The row a fill's complete journey must end as.</summary>
    public static RxTurnaroundRowSnapshot Expected(FillJourney journey) => new(
        journey.FillId, journey.PrescriptionId, journey.RxNumber, journey.FillNumber, journey.FormulaCode, journey.Quantity,
        journey.ReceivedAt, journey.VerifiedAt, journey.RequestedAt, journey.BatchNumber, journey.CompoundedAt, journey.ReleasedAt,
        RejectedAt: null, journey.DispensedAt, journey.DispenseMethod, journey.ChargedAt, journey.ChargeAmount, FillJourney.Currency);
}
