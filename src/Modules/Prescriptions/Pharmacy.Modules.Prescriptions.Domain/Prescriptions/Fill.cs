using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// One dispensing of a prescription: the original (number 0) or a refill. Part of the prescription aggregate:
/// only the prescription changes it, so its rules see the whole record.
/// </summary>
public sealed class Fill : Entity
{
    public const int OriginalFillNumber = 0;

    private Fill()
    {
    }

    public FillId Id { get; private set; }

    /// <summary>0 for the original fill, 1 for the first refill, and so on.</summary>
    public int Number { get; private set; }

    public decimal Quantity { get; private set; }

    public FillStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>Compounding's batch that makes this fill, once planned.</summary>
    public Guid? BatchId { get; private set; }

    public string? BatchNumber { get; private set; }

    /// <summary>The batch's beyond-use date, known once the batch is compounded and checked.</summary>
    public DateTimeOffset? BeyondUseDate { get; private set; }

    public string? Storage { get; private set; }

    /// <summary>When Quality released the batch and the fill could be handed out.</summary>
    public DateTimeOffset? ReadyAt { get; private set; }

    /// <summary>The pharmacist who made the final check (right patient, preparation, quantity, label, BUD), with their signature.</summary>
    public string? CheckedBy { get; private set; }

    public DateTimeOffset? CheckedAt { get; private set; }

    public bool IsChecked => CheckedAt is not null;

    public DispenseMethod? Method { get; private set; }

    /// <summary>Who collected a picked-up fill, their relationship to the patient, and the answer to the offer of counselling.</summary>
    public string? CollectedBy { get; private set; }

    public CollectorRelationship? CollectorRelationship { get; private set; }

    public CounsellingAnswer? Counselling { get; private set; }

    /// <summary>Where a shipped fill went: the patient's ship-to address (or home address) as it was on the day it shipped.</summary>
    public PostalAddress? ShipTo { get; private set; }

    /// <summary>Confirmed for a shipped fill: packed for the cold chain (ice packs, insulated box).</summary>
    public bool ColdChainPacked { get; private set; }

    /// <summary>Kept in a refrigerator or freezer: shipped only in cold-chain packing.</summary>
    public bool NeedsColdChain => Storage is nameof(StorageCondition.Refrigerator) or nameof(StorageCondition.Freezer);

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public string? DispensedBy { get; private set; }

    public DateTimeOffset? DispensedAt { get; private set; }

    /// <summary>The pharmacist who gave this refill before it was due, why, and when; null for a refill given on time.</summary>
    public string? TooSoonOverriddenBy { get; private set; }

    public string? TooSoonOverrideReason { get; private set; }

    public DateTimeOffset? TooSoonOverriddenAt { get; private set; }

    public bool IsAwaitingBatch => Status is FillStatus.Requested or FillStatus.InProduction;

    internal static Fill Request(int number, decimal quantity, DateTimeOffset now) => new()
    {
        Id = TypedId.New<FillId>(),
        Number = number,
        Quantity = quantity,
        Status = FillStatus.Requested,
        RequestedAt = now,
    };

    internal void OverrideTooSoon(string reason, string pharmacist, DateTimeOffset now)
    {
        TooSoonOverrideReason = reason;
        TooSoonOverriddenBy = pharmacist;
        TooSoonOverriddenAt = now;
    }

    internal void AssignBatch(Guid batchId, string batchNumber)
    {
        BatchId = batchId;
        BatchNumber = batchNumber;
        Status = FillStatus.InProduction;
    }

    internal void RecordBeyondUseDate(DateTimeOffset beyondUseDate, string storage)
    {
        BeyondUseDate = beyondUseDate;
        Storage = storage;
    }

    internal void MarkReady(Guid batchId, string batchNumber, DateTimeOffset now)
    {
        // Quality's release may be the first this module hears of the batch (events of two modules are not ordered).
        BatchId = batchId;
        BatchNumber = batchNumber;
        Status = FillStatus.ReadyToDispense;
        ReadyAt = now;
    }

    internal void Hold() => Status = FillStatus.OnHold;

    /// <summary>After a rejected batch: the fill must be made again, in a new batch.</summary>
    internal void RequestAgain(DateTimeOffset now)
    {
        Status = FillStatus.Requested;
        RequestedAt = now;
        BatchId = null;
        BatchNumber = null;
        BeyondUseDate = null;
        Storage = null;
        ReadyAt = null;
        CheckedBy = null;
        CheckedAt = null;
    }

    internal void Cancel() => Status = FillStatus.Cancelled;

    internal void Check(string by, DateTimeOffset now)
    {
        CheckedBy = by;
        CheckedAt = now;
    }

    internal void PickUp(string collectedBy, CollectorRelationship relationship, CounsellingAnswer counselling, string by, DateTimeOffset now)
    {
        CollectedBy = collectedBy;
        CollectorRelationship = relationship;
        Counselling = counselling;
        HandOut(DispenseMethod.PickedUp, null, null, by, now);
    }

    internal void Ship(string carrier, string trackingNumber, PostalAddress shipTo, bool coldChainPacked, string by, DateTimeOffset now)
    {
        ShipTo = shipTo;
        ColdChainPacked = coldChainPacked;
        HandOut(DispenseMethod.Shipped, carrier, trackingNumber, by, now);
    }

    private void HandOut(DispenseMethod method, string? carrier, string? trackingNumber, string by, DateTimeOffset now)
    {
        Method = method;
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        DispensedBy = by;
        DispensedAt = now;
        Status = method == DispenseMethod.Shipped ? FillStatus.Shipped : FillStatus.Dispensed;
    }
}
