namespace Pharmacy.Modules.Inventory.Domain.Lots;

/// <summary>
/// One line of a lot's stock ledger. Lines are only ever added, never changed or removed: a mistake is corrected by
/// an adjustment line with its reason, so the ledger always shows what happened.
/// </summary>
public sealed class StockMovement
{
    private StockMovement()
    {
    }

    internal StockMovement(
        LotId lotId, int sequence, MovementType type, decimal quantity, BatchReference? batch, string? reason, StockActor recordedBy,
        DateTimeOffset recordedAt)
    {
        LotId = lotId;
        Sequence = sequence;
        Type = type;
        Quantity = quantity;
        BatchId = batch?.Id;
        BatchNumber = batch?.Number;
        Reason = reason;
        RecordedById = recordedBy.Id;
        RecordedBy = recordedBy.Name;
        RecordedAt = recordedAt;
    }

    public LotId LotId { get; private set; }

    /// <summary>Position in the lot's ledger, from 1; two writers adding the same line number cannot both succeed.</summary>
    public int Sequence { get; private set; }

    public MovementType Type { get; private set; }

    /// <summary>Signed by its effect on the available quantity; the amount only, in the lot's unit (<see cref="Lot.Unit"/>).</summary>
    public decimal Quantity { get; private set; }

    public Guid? BatchId { get; private set; }

    public string? BatchNumber { get; private set; }

    public string? Reason { get; private set; }

    public string RecordedById { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}
