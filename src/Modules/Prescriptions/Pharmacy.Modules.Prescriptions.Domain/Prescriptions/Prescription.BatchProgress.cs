namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// What Compounding and Quality report about the batch that makes a fill. These arrive as messages, possibly late or
/// after the prescription was cancelled: a report that no longer applies to the fill changes nothing rather than failing.
/// </summary>
public sealed partial class Prescription
{
    /// <summary>Compounding planned a batch for the fill: the prescription is in production.</summary>
    public void RecordBatchPlanned(FillId fillId, Guid batchId, string batchNumber)
    {
        if (FindFill(fillId) is not { IsAwaitingBatch: true } fill)
        {
            return;
        }

        fill.AssignBatch(batchId, batchNumber);
        MoveTo(PrescriptionStatus.InProduction);
    }

    /// <summary>The batch was made and checked: its beyond-use date and storage go on the label.</summary>
    public void RecordBatchCompounded(FillId fillId, DateTimeOffset beyondUseDate, string storage)
    {
        if (FindFill(fillId) is { IsAwaitingBatch: true } fill)
        {
            fill.RecordBeyondUseDate(beyondUseDate, storage);
            Progressed();
        }
    }

    /// <summary>Quality released the batch: the fill, and the prescription, are ready to dispense.</summary>
    public void RecordBatchReleased(FillId fillId, Guid batchId, string batchNumber, DateTimeOffset now)
    {
        if (FindFill(fillId) is not { IsAwaitingBatch: true } fill)
        {
            return;
        }

        fill.MarkReady(batchId, batchNumber, now);
        MoveTo(PrescriptionStatus.ReadyToDispense);
    }

    /// <summary>Quality rejected the batch: the fill and the prescription are held until a pharmacist decides.</summary>
    public void RecordBatchRejected(FillId fillId, string batchNumber, string reason, string rejectedBy, DateTimeOffset now)
    {
        if (FindFill(fillId) is not { IsAwaitingBatch: true } fill)
        {
            return;
        }

        fill.Hold();
        Hold($"Batch {batchNumber} rejected by quality: {reason}", rejectedBy, now);
    }
}
