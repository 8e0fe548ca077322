namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>A fill (original or refill of a prescription) this batch is made for; its quantity counts the batch's dispensing units.</summary>
public sealed class BatchFill
{
    private BatchFill()
    {
    }

    public BatchFill(Guid fillId, long rxNumber, int fillNumber, decimal quantity)
    {
        FillId = fillId;
        RxNumber = rxNumber;
        FillNumber = fillNumber;
        Quantity = quantity;
    }

    public Guid FillId { get; private set; }

    public long RxNumber { get; private set; }

    public int FillNumber { get; private set; }

    public decimal Quantity { get; private set; }
}
