using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Reporting.Domain.Turnaround;

/// <summary>
/// When a prescription was received and verified. Those events carry no fill id, and its fills may be requested (or
/// heard of) only later, so the times wait here and are copied into each fill's row as it appears.
/// A read model row, not a regulated record.
/// </summary>
public sealed class ReceivedPrescription : Entity
{
    private ReceivedPrescription()
    {
    }

    public Guid PrescriptionId { get; private set; }

    public long RxNumber { get; private set; }

    public DateTimeOffset? ReceivedAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public static ReceivedPrescription For(Guid prescriptionId, long rxNumber) => new() { PrescriptionId = prescriptionId, RxNumber = rxNumber };

    public void RecordReceived(DateTimeOffset receivedAt)
    {
        if (LatestMark.Wins(ReceivedAt, receivedAt))
        {
            ReceivedAt = receivedAt;
        }
    }

    public void RecordVerified(DateTimeOffset verifiedAt)
    {
        if (LatestMark.Wins(VerifiedAt, verifiedAt))
        {
            VerifiedAt = verifiedAt;
        }
    }
}
