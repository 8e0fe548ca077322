using Pharmacy.Modules.Compounding.Domain.Formulas;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>A fill (original or refill of a prescription) this batch is made for.</summary>
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

/// <summary>One ingredient line of the compounding record: what the formula asks for and what was actually weighed.</summary>
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
        Unit = planned.Unit;
        QuantityPerUnit = planned.QuantityPerUnit;
        TheoreticalQuantity = planned.TheoreticalQuantity;
    }

    /// <summary>Lines are replaced when a newer formula version is adopted, so each gets its own identity.</summary>
    public Guid Id { get; private set; }

    public int Line { get; private set; }

    public string ItemCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public IngredientRole Role { get; private set; }

    public string Unit { get; private set; } = "";

    public decimal QuantityPerUnit { get; private set; }

    /// <summary>Quantity per unit times the batch quantity.</summary>
    public decimal TheoreticalQuantity { get; private set; }

    public decimal? ActualQuantity { get; private set; }

    /// <summary>The balance (or measuring device) used, for calibration traceability.</summary>
    public string? BalanceId { get; private set; }

    /// <summary>
    /// Kept as recorded rather than derived, so the record shows what was flagged at the time even if the
    /// tolerance policy changes later.
    /// </summary>
    public bool OutsideTolerance { get; private set; }

    internal void ScaleTo(decimal units) => TheoreticalQuantity = QuantityPerUnit * units;

    internal void RecordWeighed(decimal actualQuantity, string? balanceId)
    {
        ActualQuantity = actualQuantity;
        BalanceId = string.IsNullOrWhiteSpace(balanceId) ? null : balanceId.Trim();
        OutsideTolerance = CompoundingTolerances.IsOutsideWeightTolerance(TheoreticalQuantity, actualQuantity);
    }
}

/// <summary>An ingredient lot Inventory reserved for this batch, and how much of it was used.</summary>
public sealed class BatchLot
{
    private BatchLot()
    {
    }

    public BatchLot(string itemCode, Guid lotId, string lotNumber, decimal allocatedQuantity, string unit, DateOnly expiresOn)
    {
        Id = Guid.CreateVersion7();
        ItemCode = itemCode;
        LotId = lotId;
        LotNumber = lotNumber;
        AllocatedQuantity = allocatedQuantity;
        Unit = unit;
        ExpiresOn = expiresOn;
    }

    public Guid Id { get; private set; }

    public string ItemCode { get; private set; } = "";

    public Guid LotId { get; private set; }

    public string LotNumber { get; private set; } = "";

    public decimal AllocatedQuantity { get; private set; }

    /// <summary>The share of the weighed quantity taken from this lot, set when compounding is recorded.</summary>
    public decimal? UsedQuantity { get; private set; }

    public string Unit { get; private set; } = "";

    public DateOnly ExpiresOn { get; private set; }

    internal void RecordUsed(decimal quantity) => UsedQuantity = quantity;
}

/// <summary>What Inventory answered when asked for lots: the reserved lots, or what is missing.</summary>
public sealed record LotAllocation(bool Succeeded, IReadOnlyList<BatchLot> Lots, IReadOnlyList<StockShortfall> Shortfalls);

/// <summary>An ingredient Inventory cannot supply in full.</summary>
public sealed record StockShortfall(string ItemCode, string ItemName, decimal Needed, decimal Available, string Unit);

/// <summary>What the technician weighed or measured for one ingredient, on which balance.</summary>
public sealed record WeighedIngredient(string ItemCode, decimal ActualQuantity, string? BalanceId);

/// <summary>The limits a compounding record is checked against.</summary>
public static class CompoundingTolerances
{
    /// <summary>A weighed quantity more than 5% away from the theoretical quantity is flagged.</summary>
    public const decimal WeightTolerance = 0.05m;

    public const decimal MinimumYieldPercent = 95m;

    public const decimal MaximumYieldPercent = 105m;

    public static bool IsOutsideWeightTolerance(decimal theoretical, decimal actual) =>
        theoretical == 0 ? actual != 0 : Math.Abs(actual - theoretical) / theoretical > WeightTolerance;

    public static decimal YieldPercent(decimal theoretical, decimal actual) => theoretical == 0 ? 0 : Math.Round(actual / theoretical * 100m, 2);

    public static bool IsYieldOutsideRange(decimal yieldPercent) => yieldPercent is < MinimumYieldPercent or > MaximumYieldPercent;
}
