using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

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

/// <summary>
/// One ingredient line of the compounding record: what the formula asks for and what was actually weighed. The
/// quantities are stored as amounts in the line's <see cref="Unit"/>.
/// </summary>
public sealed class BatchIngredient
{
    private BatchIngredient()
    {
    }

    internal BatchIngredient(IngredientQuantity planned)
    {
        Id = Guid.CreateVersion7();
        Line = planned.Line;
        ItemCode = planned.ItemCode;
        Name = planned.Name;
        Role = planned.Role;
        Unit = planned.PerUnit.Unit;
        QuantityPerUnit = planned.PerUnit.Amount;
        TheoreticalQuantity = planned.Theoretical.In(Unit).Amount;
    }

    /// <summary>Lines are replaced when a newer formula version is adopted, so each gets its own identity.</summary>
    public Guid Id { get; private set; }

    public int Line { get; private set; }

    public string ItemCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public IngredientRole Role { get; private set; }

    public UnitOfMeasure Unit { get; private set; } = UnitOfMeasure.Each;

    public Quantity PerUnit => new(QuantityPerUnit, Unit);

    /// <summary>Quantity per unit times the batch quantity.</summary>
    public Quantity Theoretical => new(TheoreticalQuantity, Unit);

    /// <summary>What was actually weighed or measured, once compounding is recorded.</summary>
    public Quantity? Weighed => ActualQuantity is { } amount ? new Quantity(amount, Unit) : null;

    /// <summary>The balance (or measuring device) used, for calibration traceability.</summary>
    public string? BalanceId { get; private set; }

    /// <summary>
    /// Kept as recorded rather than derived, so the record shows what was flagged at the time even if the
    /// tolerance policy changes later.
    /// </summary>
    public bool OutsideTolerance { get; private set; }

    private decimal QuantityPerUnit { get; set; }

    private decimal TheoreticalQuantity { get; set; }

    private decimal? ActualQuantity { get; set; }

    internal void ScaleTo(decimal units) => TheoreticalQuantity = (PerUnit * units).Amount;

    internal void RecordWeighed(Quantity weighed, string? balanceId)
    {
        ActualQuantity = weighed.In(Unit).Amount;
        BalanceId = string.IsNullOrWhiteSpace(balanceId) ? null : balanceId.Trim();
        OutsideTolerance = CompoundingTolerances.IsOutsideWeightTolerance(Theoretical, weighed);
    }
}

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

/// <summary>What Inventory answered when asked for lots: the reserved lots, or what is missing.</summary>
public sealed record LotAllocation(bool Succeeded, IReadOnlyList<BatchLot> Lots, IReadOnlyList<StockShortfall> Shortfalls);

/// <summary>An ingredient Inventory cannot supply in full.</summary>
public sealed record StockShortfall(string ItemCode, string ItemName, decimal Needed, decimal Available, string Unit);

/// <summary>What the technician weighed or measured for one ingredient, in the ingredient's unit, on which balance.</summary>
public sealed record WeighedIngredient(string ItemCode, decimal ActualQuantity, string? BalanceId);

/// <summary>The limits a compounding record is checked against.</summary>
public static class CompoundingTolerances
{
    /// <summary>A weighed quantity more than 5% away from the theoretical quantity is flagged.</summary>
    public const decimal WeightTolerance = 0.05m;

    public const decimal MinimumYieldPercent = 95m;

    public const decimal MaximumYieldPercent = 105m;

    public static bool IsOutsideWeightTolerance(Quantity theoretical, Quantity actual) =>
        theoretical.IsZero ? !actual.IsZero : Math.Abs((actual - theoretical) / theoretical) > WeightTolerance;

    public static decimal YieldPercent(decimal theoretical, decimal actual) => theoretical == 0 ? 0 : Math.Round(actual / theoretical * 100m, 2);

    public static bool IsYieldOutsideRange(decimal yieldPercent) => yieldPercent is < MinimumYieldPercent or > MaximumYieldPercent;
}
