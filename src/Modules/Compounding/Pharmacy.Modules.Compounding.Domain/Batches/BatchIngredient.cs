using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

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

    internal void RecordWeighed(Quantity weighed, string? balanceId, bool outsideTolerance)
    {
        ActualQuantity = weighed.In(Unit).Amount;
        BalanceId = string.IsNullOrWhiteSpace(balanceId) ? null : balanceId.Trim();
        OutsideTolerance = outsideTolerance;
    }
}
