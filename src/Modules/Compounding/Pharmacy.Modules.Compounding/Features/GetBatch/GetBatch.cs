using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Features.GetBatch;

/// <summary>One compounding record with its fills, ingredients, lots, beyond-use date (and what set it) and history.</summary>
public sealed record GetBatch(Guid BatchId) : IQuery<BatchDetails>;

public sealed record BatchDetails(
    Guid Id, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, bool NoApprovedFormula,
    decimal Quantity, string Unit, string Status, string? Storage, DateTimeOffset PlannedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? CompoundedAt, string? PreparedBy, DateTimeOffset? CheckedAt, string? CheckedBy,
    decimal? ActualYield, decimal? YieldPercent, bool YieldOutsideRange, string? Deviations,
    DateTimeOffset? BeyondUseDate, string? BudLimitedBy, string? BudReason, string? UspLimit,
    DateTimeOffset? QualityDecisionAt, string? QualityDecisionBy, string? RejectionReason,
    IReadOnlyList<BatchFillLine> Fills, IReadOnlyList<BatchIngredientLine> Ingredients, IReadOnlyList<BatchLotLine> Lots,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<BatchFlagLine> Flags, string? PreparedById, string? CheckAssessment, string? BudExplanation, string? ShortDatedLots,
    DateTimeOffset? CancelledAt = null, string? CancellationReason = null, bool ForStock = false, decimal? StockLeft = null)
{
    public bool CanStart => Status == nameof(BatchStatus.Planned);

    public bool CanRecord => Status == nameof(BatchStatus.InProgress);

    public bool CanCheck => Status == nameof(BatchStatus.Compounded);
}

/// <summary>A flag of the record the checker assesses: its key (what the check form ticks) and what it says.</summary>
public sealed record BatchFlagLine(string Key, string Description);

public sealed record BatchFillLine(Guid FillId, long RxNumber, int FillNumber, decimal Quantity);

public sealed record BatchIngredientLine(
    int Line, string ItemCode, string Name, string Role, string Unit, decimal QuantityPerUnit, decimal TheoreticalQuantity,
    decimal? ActualQuantity, string? BalanceId, bool OutsideTolerance);

public sealed record BatchLotLine(string ItemCode, Guid LotId, string LotNumber, decimal AllocatedQuantity, decimal? UsedQuantity, string Unit, DateOnly ExpiresOn);

internal sealed class GetBatchHandler(CompoundingDbContext db, PharmacyTimeZone zone) : IQueryHandler<GetBatch, BatchDetails>
{
    public async ValueTask<BatchDetails> Handle(GetBatch query, CancellationToken cancellationToken)
    {
        var id = BatchId.From(query.BatchId);
        var batch = await db.Batches.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
                    ?? throw new NotFoundException("Batch", query.BatchId);
        var formula = batch.NoApprovedFormula
            ? null
            : await db.Formulas.AsNoTracking().AsSplitQuery()
                .SingleOrDefaultAsync(f => f.Code == batch.FormulaCode && f.VersionNumber == batch.FormulaVersion, cancellationToken);
        var history = await RecordHistory.ReadAsync(db, zone, nameof(Batch), batch.Id.Value, cancellationToken);
        return new BatchDetails(
            batch.Id.Value, batch.BatchNumber, batch.FormulaCode, batch.FormulaName, batch.FormulaVersion, batch.NoApprovedFormula,
            batch.Quantity, batch.Unit, batch.Status.ToString(), batch.Storage?.ToString(), batch.PlannedAt, batch.StartedAt,
            batch.CompoundedAt, batch.PreparedByName, batch.CheckedAt, batch.CheckedByName,
            batch.ActualYield, batch.YieldPercent, batch.YieldOutsideRange, batch.Deviations,
            batch.BeyondUseDate, batch.BudLimitedBy?.ToString(), BudReason(batch, formula), formula?.UspLimit.Describe(),
            batch.QualityDecisionAt, batch.QualityDecisionBy, batch.RejectionReason,
            [.. batch.Fills.OrderBy(f => f.RxNumber).Select(f => new BatchFillLine(f.FillId, f.RxNumber, f.FillNumber, f.Quantity))],
            [.. batch.Ingredients.OrderBy(i => i.Line).Select(i => new BatchIngredientLine(
                i.Line, i.ItemCode, i.Name, EnumText.InSentence(i.Role), i.Unit.Symbol, i.PerUnit.Amount, i.Theoretical.Amount,
                i.Weighed?.Amount, i.BalanceId, i.OutsideTolerance))],
            [.. batch.Lots.OrderBy(l => l.ItemCode).ThenBy(l => l.ExpiresOn).Select(l => new BatchLotLine(
                l.ItemCode, l.LotId, l.LotNumber, l.Allocated.Amount, l.Used?.Amount, l.Unit.Symbol, l.ExpiresOn))],
            history,
            [.. batch.Flags.Select(flag => new BatchFlagLine(flag.Key, flag.Description))], batch.PreparedById, batch.CheckAssessment,
            batch.BudExplanation, ShortDatedLots(batch, formula), batch.CancelledAt, batch.CancellationReason,
            batch.ForStock, batch.ForStock ? batch.StockLeft : null);
    }

    /// <summary>
    /// Lots reserved for a batch in progress that expire before the USP limit would: they may be used, and the
    /// technician sees that they will set the beyond-use date.
    /// </summary>
    private static string? ShortDatedLots(Batch batch, Formula? formula)
    {
        if (batch.StartedAt is not { } started || batch.BeyondUseDate is not null || formula?.UspLimit.Duration is not { } limit)
        {
            return null;
        }

        var tableLimit = started + limit;
        var shortDated = batch.Lots.Where(lot => BeyondUseDateCalculator.StartOf(lot.ExpiresOn) < tableLimit).OrderBy(lot => lot.ExpiresOn).ToList();
        return shortDated.Count == 0
            ? null
            : $"Lot {shortDated[0].LotNumber} of {shortDated[0].ItemCode} expires on "
              + $"{shortDated[0].ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, before the USP limit "
              + $"({tableLimit.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}): the beyond-use date will be no later than that day.";
    }

    /// <summary>What set the beyond-use date, in words staff can check against the record.</summary>
    private static string? BudReason(Batch batch, Formula? formula) => batch.BudLimitedBy switch
    {
        BudLimitedBy.UspLimit => $"{EnumText.Of(BudLimitedBy.UspLimit)}: {formula?.UspLimit.Describe()}",
        BudLimitedBy.Stability => $"{EnumText.Of(BudLimitedBy.Stability)}: {formula?.StabilityDays} days ({formula?.StabilitySource})",
        BudLimitedBy.IngredientExpiry => batch.Lots.MinBy(l => l.ExpiresOn) is { } lot
            ? $"{EnumText.Of(BudLimitedBy.IngredientExpiry)}: lot {lot.LotNumber} of {lot.ItemCode} expires on {lot.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : EnumText.Of(BudLimitedBy.IngredientExpiry),
        _ => null,
    };
}

internal static class GetBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/batches/{id:guid}", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetBatch(id), cancellationToken))
            .WithName(nameof(GetBatch))
            .WithSummary("One batch: fills, ingredients with theoretical and actual quantities, lots, beyond-use date and what set it, history")
            .Produces<BatchDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
