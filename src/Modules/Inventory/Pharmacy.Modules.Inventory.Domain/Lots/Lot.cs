using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

/// <summary>
/// One manufacturer's lot of an item, with its own expiry and certificate of analysis, and its stock ledger. The lot
/// is the unit of consistency for stock: every ledger line changes <see cref="MovementCount"/>, so the lot's version
/// changes with it and two people or batches drawing on the same lot at once cannot both succeed (one is refused
/// and tries again with what is really left).
/// </summary>
public sealed class Lot : AggregateRoot
{
    private readonly List<StockMovement> _movements = [];
    private readonly Dictionary<Guid, decimal> _reservedByBatch = [];
    private readonly HashSet<Guid> _consumedBy = [];
    private decimal _onHand;
    private decimal _reservations;
    private int _summedLines;

    private Lot()
    {
    }

    public LotId Id { get; private set; }

    public ItemId ItemId { get; private set; }

    /// <summary>The item's catalog code, kept on the lot so messages about the lot name the item.</summary>
    public string ItemCode { get; private set; } = "";

    /// <summary>The item's unit; every quantity of this lot, and every line of its ledger, is in it.</summary>
    public UnitOfMeasure Unit { get; private set; } = UnitOfMeasure.Each;

    public string LotNumber { get; private set; } = "";

    public string Manufacturer { get; private set; } = "";

    public string? Vendor { get; private set; }

    public DateOnly ExpiresOn { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>Reference of the certificate of analysis on file (document number).</summary>
    public string? CertificateOfAnalysis { get; private set; }

    public LotStatus Status { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    /// <summary>How many lines the ledger has; the next line takes the next number.</summary>
    public int MovementCount { get; private set; }

    public IReadOnlyList<StockMovement> Movements => _movements;

    /// <summary>What is physically on the shelf.</summary>
    public Quantity OnHand => SumNewLines().InLotUnit(_onHand);

    /// <summary>What open reservations hold for batches not yet compounded.</summary>
    public Quantity Reserved => SumNewLines().InLotUnit(-_reservations);

    /// <summary>On hand minus open reservations: what a new batch may still take.</summary>
    public Quantity Available => OnHand - Reserved;

    public Quantity ReservedFor(Guid batchId) => SumNewLines().InLotUnit(-_reservedByBatch.GetValueOrDefault(batchId));

    public bool WasConsumedBy(Guid batchId) => SumNewLines()._consumedBy.Contains(batchId);

    public LotStatus StatusOn(DateOnly today) => LotStatuses.Effective(Status, ExpiresOn, today);

    /// <summary>Released, not expired today, still good on the batch's use-by date, and something left to take.</summary>
    public bool IsAllocatable(DateOnly today, DateOnly useBy) =>
        Status == LotStatus.Released && ExpiresOn >= today && ExpiresOn >= useBy && Available.IsPositive;

    /// <summary>A lot arrives, counted in the item's unit: it is quarantined until its certificate of analysis has been reviewed.</summary>
    public static Lot Receive(Item item, LotReceipt receipt, StockActor receivedBy, DateTimeOffset receivedAt)
    {
        CheckRule(new QuantityMustBeInTheLotsUnitRule(item.Unit, receipt.Quantity.Unit, receipt.LotNumber));
        CheckRule(new QuantityMustBePositiveRule(receipt.Quantity, "received"));
        CheckRule(new LotMustNotBeReceivedExpiredRule(receipt.ExpiresOn, DateOnly.FromDateTime(receivedAt.UtcDateTime)));
        var lot = new Lot
        {
            Id = TypedId.New<LotId>(),
            ItemId = item.Id,
            ItemCode = item.Code,
            Unit = item.Unit,
            LotNumber = receipt.LotNumber.Trim(),
            Manufacturer = receipt.Manufacturer.Trim(),
            Vendor = string.IsNullOrWhiteSpace(receipt.Vendor) ? null : receipt.Vendor.Trim(),
            ExpiresOn = receipt.ExpiresOn,
            ReceivedAt = receivedAt,
            CertificateOfAnalysis = string.IsNullOrWhiteSpace(receipt.CertificateOfAnalysis) ? null : receipt.CertificateOfAnalysis.Trim(),
            Status = LotStatus.Quarantined,
            StatusChangedAt = receivedAt,
        };
        lot.Record(MovementType.Receipt, receipt.Quantity, batch: null, reason: null, receivedBy, receivedAt);
        return lot;
    }

    /// <summary>The certificate of analysis was reviewed and accepted: the lot may be used.</summary>
    public void Release(DateTimeOffset now)
    {
        CheckRule(new LotMustBeQuarantinedToReleaseRule(Status, LotNumber));
        CheckRule(new CertificateOfAnalysisMustBeOnFileToReleaseRule(CertificateOfAnalysis, LotNumber));
        CheckRule(new ExpiredLotCannotBeReleasedRule(ExpiresOn, DateOnly.FromDateTime(now.UtcDateTime), LotNumber));
        ChangeStatus(LotStatus.Released, now);
    }

    /// <summary>Earmarks stock for a batch about to be compounded; it stays on the shelf but no other batch may take it.</summary>
    public void Reserve(BatchReference batch, Quantity quantity, DateOnly useBy, StockActor by, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        CheckRule(new QuantityMustBeInTheLotsUnitRule(Unit, quantity.Unit, LotNumber));
        CheckRule(new QuantityMustBePositiveRule(quantity, "reserved"));
        CheckRule(new OnlyReleasedLotsCanBeReservedRule(StatusOn(today), LotNumber));
        CheckRule(new LotMustNotExpireBeforeUseByRule(ExpiresOn, useBy, LotNumber));
        CheckRule(new ReservationMustNotExceedAvailableRule(Available, quantity, LotNumber));
        Record(MovementType.Reservation, -quantity, batch, reason: null, by, now);
    }

    /// <summary>Gives back what is still reserved for the batch; returns how much that was.</summary>
    public Quantity ReleaseReservation(BatchReference batch, StockActor by, DateTimeOffset now)
    {
        var open = ReservedFor(batch.Id);
        if (open.IsPositive)
        {
            Record(MovementType.ReservationRelease, open, batch, reason: null, by, now);
        }

        return open;
    }

    /// <summary>
    /// The batch used this much of the lot (what was actually weighed or measured). It must be in the lot's own unit:
    /// a potent drug's quantity is never converted on the way into the ledger, since a wrong conversion is worse than a
    /// stopped batch.
    /// </summary>
    public void Consume(BatchReference batch, Quantity quantity, StockActor by, DateTimeOffset now)
    {
        CheckRule(new QuantityMustBePositiveRule(quantity, "consumed"));
        CheckRule(new QuantityMustBeInTheLotsUnitRule(Unit, quantity.Unit, LotNumber));
        TakeOff(MovementType.Consumption, quantity, batch, reason: null, by, now);
    }

    /// <summary>A correction after a count or a spill, up or down (in the lot's unit), always with its reason.</summary>
    public void Adjust(Quantity quantity, string reason, StockActor by, DateTimeOffset now)
    {
        CheckRule(new QuantityMustBeInTheLotsUnitRule(Unit, quantity.Unit, LotNumber));
        CheckRule(new AdjustmentMustChangeStockRule(quantity));
        CheckRule(new ReasonMustBeGivenRule(reason));
        if (quantity.Amount < 0)
        {
            TakeOff(MovementType.Adjustment, -quantity, batch: null, reason, by, now);
            return;
        }

        Record(MovementType.Adjustment, quantity, batch: null, reason.Trim(), by, now);
        if (Status == LotStatus.Depleted)
        {
            // Stock found on a lot thought empty: the lot had been released before, so it is usable again.
            ChangeStatus(LotStatus.Released, now);
        }
    }

    /// <summary>Stock destroyed (expired, contaminated, spilled), with its reason.</summary>
    public void Waste(Quantity quantity, string reason, StockActor by, DateTimeOffset now)
    {
        CheckRule(new QuantityMustBeInTheLotsUnitRule(Unit, quantity.Unit, LotNumber));
        CheckRule(new QuantityMustBePositiveRule(quantity, "wasted"));
        CheckRule(new ReasonMustBeGivenRule(reason));
        TakeOff(MovementType.Waste, quantity, batch: null, reason.Trim(), by, now);
    }

    /// <summary>Stock sent back to the vendor, with its reason.</summary>
    public void ReturnToVendor(Quantity quantity, string reason, StockActor by, DateTimeOffset now)
    {
        CheckRule(new QuantityMustBeInTheLotsUnitRule(Unit, quantity.Unit, LotNumber));
        CheckRule(new QuantityMustBePositiveRule(quantity, "returned"));
        CheckRule(new ReasonMustBeGivenRule(reason));
        TakeOff(MovementType.Return, quantity, batch: null, reason.Trim(), by, now);
    }

    private void TakeOff(MovementType type, Quantity quantity, BatchReference? batch, string? reason, StockActor by, DateTimeOffset now)
    {
        CheckRule(new StockMustNotGoNegativeRule(OnHand, quantity, LotNumber));
        Record(type, -quantity, batch, reason, by, now);
        if (OnHand.IsZero && Status == LotStatus.Released)
        {
            ChangeStatus(LotStatus.Depleted, now);
        }
    }

    /// <summary>A ledger line holds the amount only: its unit is the lot's.</summary>
    private void Record(MovementType type, Quantity signed, BatchReference? batch, string? reason, StockActor by, DateTimeOffset now)
    {
        MovementCount++;
        _movements.Add(new StockMovement(Id, MovementCount, type, signed.Amount, batch, reason, by, now));
    }

    private Quantity InLotUnit(decimal amount) => new(amount, Unit);

    /// <summary>
    /// The ledger's sums (on hand, reserved, reserved per batch, and the batches that took from the lot), brought up to
    /// date with the lines added since they were last read. The ledger is only ever appended to (by this lot, or by
    /// loading it), so the lines already counted never change.
    /// </summary>
    private Lot SumNewLines()
    {
        for (; _summedLines < _movements.Count; _summedLines++)
        {
            var movement = _movements[_summedLines];
            if (movement.Type.AffectsOnHand())
            {
                _onHand += movement.Quantity;
                if (movement.Type == MovementType.Consumption && movement.BatchId is { } consumer)
                {
                    _consumedBy.Add(consumer);
                }
            }
            else
            {
                _reservations += movement.Quantity;
                if (movement.BatchId is { } batch)
                {
                    _reservedByBatch[batch] = _reservedByBatch.GetValueOrDefault(batch) + movement.Quantity;
                }
            }
        }

        return this;
    }

    private void ChangeStatus(LotStatus status, DateTimeOffset now)
    {
        Status = status;
        StatusChangedAt = now;
    }
}
