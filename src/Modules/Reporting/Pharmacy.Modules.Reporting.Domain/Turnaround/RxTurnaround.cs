using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Reporting.Domain.Turnaround;

/// <summary>
/// One fill's way through the pharmacy, pieced together from the other modules' events. The events arrive in any
/// order (each module has its own outbox and queue), so the row may be created by any of them, and each fills in
/// only its own columns: the same events in any order, or delivered twice, give the same row.
/// A read model row, not a regulated record: it is rebuilt from the events, never audited.
/// </summary>
public sealed class RxTurnaround : Entity
{
    private RxTurnaround()
    {
    }

    public Guid FillId { get; private set; }

    /// <summary>Known once the fill was requested or dispensed; batch and charge events do not carry it.</summary>
    public Guid? PrescriptionId { get; private set; }

    public long? RxNumber { get; private set; }

    public int? FillNumber { get; private set; }

    public string? FormulaCode { get; private set; }

    public decimal? Quantity { get; private set; }

    public DateTimeOffset? ReceivedAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public DateTimeOffset? RequestedAt { get; private set; }

    public string? BatchNumber { get; private set; }

    public DateTimeOffset? CompoundedAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public DateTimeOffset? RejectedAt { get; private set; }

    public DateTimeOffset? DispensedAt { get; private set; }

    /// <summary>When the fill was cancelled with its prescription: the row is closed, its turnaround never ends.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public string? DispenseMethod { get; private set; }

    public DateTimeOffset? ChargedAt { get; private set; }

    public decimal? ChargeAmount { get; private set; }

    public string? ChargeCurrency { get; private set; }

    public StageTimes StageTimes => new(ReceivedAt, VerifiedAt, CompoundedAt, ReleasedAt, DispensedAt);

    public static RxTurnaround ForFill(Guid fillId) => new() { FillId = fillId };

    /// <summary>The fill request is the authority on what the fill is; other events only fill in what is still unknown.</summary>
    public void RecordRequested(Guid prescriptionId, long rxNumber, int fillNumber, string formulaCode, decimal quantity, DateTimeOffset requestedAt)
    {
        PrescriptionId = prescriptionId;
        RxNumber = rxNumber;
        FillNumber = fillNumber;
        FormulaCode = formulaCode;
        Quantity = quantity;
        if (LatestMark.Wins(RequestedAt, requestedAt))
        {
            RequestedAt = requestedAt;
        }
    }

    /// <summary>Copies the prescription's received and verified times, whichever are known.</summary>
    public void RecordPrescription(ReceivedPrescription prescription)
    {
        if (prescription.ReceivedAt is { } receivedAt)
        {
            RecordPrescriptionReceived(receivedAt);
        }

        if (prescription.VerifiedAt is { } verifiedAt)
        {
            RecordPrescriptionVerified(verifiedAt);
        }
    }

    public void RecordPrescriptionReceived(DateTimeOffset receivedAt)
    {
        if (LatestMark.Wins(ReceivedAt, receivedAt))
        {
            ReceivedAt = receivedAt;
        }
    }

    public void RecordPrescriptionVerified(DateTimeOffset verifiedAt)
    {
        if (LatestMark.Wins(VerifiedAt, verifiedAt))
        {
            VerifiedAt = verifiedAt;
        }
    }

    /// <summary>A fill compounded again after a rejected batch shows its latest batch.</summary>
    public void RecordCompounded(string batchNumber, string formulaCode, DateTimeOffset compoundedAt)
    {
        FormulaCode ??= formulaCode;
        if (LatestMark.Wins(CompoundedAt, BatchNumber, compoundedAt, batchNumber))
        {
            CompoundedAt = compoundedAt;
            BatchNumber = batchNumber;
        }
    }

    public void RecordReleased(DateTimeOffset releasedAt)
    {
        if (LatestMark.Wins(ReleasedAt, releasedAt))
        {
            ReleasedAt = releasedAt;
        }
    }

    public void RecordRejected(DateTimeOffset rejectedAt)
    {
        if (LatestMark.Wins(RejectedAt, rejectedAt))
        {
            RejectedAt = rejectedAt;
        }
    }

    public void RecordCancelled(Guid prescriptionId, long rxNumber, int fillNumber, DateTimeOffset cancelledAt)
    {
        PrescriptionId ??= prescriptionId;
        RxNumber ??= rxNumber;
        FillNumber ??= fillNumber;
        if (LatestMark.Wins(CancelledAt, cancelledAt))
        {
            CancelledAt = cancelledAt;
        }
    }

    public void RecordDispensed(Guid prescriptionId, long rxNumber, string formulaCode, decimal quantity, string method, DateTimeOffset dispensedAt)
    {
        PrescriptionId ??= prescriptionId;
        RxNumber ??= rxNumber;
        FormulaCode ??= formulaCode;
        Quantity ??= quantity;
        if (LatestMark.Wins(DispensedAt, DispenseMethod, dispensedAt, method))
        {
            DispensedAt = dispensedAt;
            DispenseMethod = method;
        }
    }

    /// <summary>A charge reversed and made again shows the latest charge.</summary>
    public void RecordCharged(long rxNumber, decimal amount, string currency, DateTimeOffset chargedAt)
    {
        RxNumber ??= rxNumber;
        var detail = FormattableString.Invariant($"{currency} {amount:0.00########}");
        var currentDetail = ChargeAmount is { } current ? FormattableString.Invariant($"{ChargeCurrency} {current:0.00########}") : null;
        if (LatestMark.Wins(ChargedAt, currentDetail, chargedAt, detail))
        {
            ChargedAt = chargedAt;
            ChargeAmount = amount;
            ChargeCurrency = currency;
        }
    }
}
