using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>An ingredient lot Inventory reserved for this batch, and how much of it was used (amounts in the lot's <see cref="Unit"/>).</summary>
public sealed class BatchLot
{
    private BatchLot()
    {
    }

    public BatchLot(string itemCode, Guid lotId, string lotNumber, Quantity allocated, DateOnly expiresOn)
    {
        Id = Guid.CreateVersion7();
        ItemCode = itemCode;
        LotId = lotId;
        LotNumber = lotNumber;
        Unit = allocated.Unit;
        AllocatedQuantity = allocated.Amount;
        ExpiresOn = expiresOn;
    }

    public Guid Id { get; private set; }

    public string ItemCode { get; private set; } = "";

    public Guid LotId { get; private set; }

    public string LotNumber { get; private set; } = "";

    public Quantity Allocated => new(AllocatedQuantity, Unit);

    /// <summary>The share of the weighed quantity taken from this lot, set when compounding is recorded.</summary>
    public Quantity? Used => UsedQuantity is { } amount ? new Quantity(amount, Unit) : null;

    public UnitOfMeasure Unit { get; private set; } = UnitOfMeasure.Each;

    public DateOnly ExpiresOn { get; private set; }

    private decimal AllocatedQuantity { get; set; }

    private decimal? UsedQuantity { get; set; }

    internal void RecordUsed(Quantity quantity) => UsedQuantity = quantity.In(Unit).Amount;
}
