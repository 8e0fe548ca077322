using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Quality.Features.GetReleaseTask;

public sealed record GetReleaseTask(Guid ReleaseTaskId) : IQuery<ReleaseTaskDetails>;

public sealed record ReleaseTaskDetails(
    Guid Id, Guid BatchId, string BatchNumber, string FormulaCode, string FormulaName, int FormulaVersion, decimal Quantity, string Unit,
    DateTimeOffset BeyondUseDate, string BudLimitedBy, string Storage, string PreparedBy, string CheckedBy, DateTimeOffset CompoundedAt,
    string Status, DateTimeOffset OpenedAt, DateTimeOffset? DecidedAt, string? DecidedBy, string? SignatureMeaning, string? RejectionReason,
    IReadOnlyList<BatchLotDetails> Lots, IReadOnlyList<QcCheckDetails> Checks, IReadOnlyList<Guid> FillIds,
    IReadOnlyList<string> ReleaseBlockers, IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<WeighedLineDetails> Weights, decimal? YieldPercent, IReadOnlyList<string> Flags, string? Deviations, string? CheckAssessment)
{
    public bool IsOpen => Status == nameof(ReleaseTaskStatus.Open);

    public bool CanRelease => IsOpen && ReleaseBlockers.Count == 0;
}

public sealed record BatchLotDetails(string ItemCode, Guid LotId, string LotNumber, decimal Quantity, string Unit);

/// <summary>One weighed line of the compounding record; OutsideTolerance when it was outside ±5% of theoretical.</summary>
public sealed record WeighedLineDetails(string ItemCode, string Name, string Role, decimal Theoretical, decimal Actual, string Unit, bool OutsideTolerance);

/// <summary>
/// One QC check: how its result is entered (Measure, Unit in words, Limits in words and as Lowest..Highest in that unit;
/// PotencyRange is Limits for a percentage of label), its latest result (Result, Outcome, RecordedBy, RecordedAt), every result in order and the
/// investigations of its failures.
/// </summary>
public sealed record QcCheckDetails(
    string Name, string Specification, bool IsPotency, string? PotencyRange, string? Result, string? Outcome, string? RecordedBy,
    DateTimeOffset? RecordedAt, string Measure, string? Unit, string? Limits, decimal? Lowest, decimal? Highest, IReadOnlyList<QcResultDetails> Results,
    IReadOnlyList<QcInvestigationDetails> Investigations, bool AwaitsInvestigation)
{
    public bool IsMeasured => Unit is not null;

    public bool HasFailed => Results.Any(result => result.Outcome == nameof(QcOutcome.Fail));
}

/// <summary>One recorded result: as typed, as read in the check's unit, and whether it is a retest or a failure still to investigate.</summary>
public sealed record QcResultDetails(
    int Sequence, string Result, string InWords, decimal? Value, string Outcome, bool IsRetest, bool AwaitsInvestigation, string RecordedBy,
    DateTimeOffset RecordedAt);

public sealed record QcInvestigationDetails(int Sequence, string Findings, string DocumentedBy, string SignatureMeaning, DateTimeOffset DocumentedAt);

internal sealed class GetReleaseTaskHandler(QualityDbContext db, PharmacyTimeZone zone) : IQueryHandler<GetReleaseTask, ReleaseTaskDetails>
{
    public async ValueTask<ReleaseTaskDetails> Handle(GetReleaseTask query, CancellationToken cancellationToken)
    {
        var id = ReleaseTaskId.From(query.ReleaseTaskId);
        var task = await db.ReleaseTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
                   ?? throw new NotFoundException("Release task", query.ReleaseTaskId);
        var history = await RecordHistory.ReadAsync(db, zone, nameof(ReleaseTask), id.Value, cancellationToken);
        return new ReleaseTaskDetails(
            task.Id.Value, task.BatchId, task.BatchNumber, task.FormulaCode, task.FormulaName, task.FormulaVersion, task.Quantity, task.Unit,
            task.BeyondUseDate, task.BudLimitedBy.ToString(), task.Storage.ToString(), task.PreparedBy, task.CheckedBy, task.CompoundedAt,
            task.Status.ToString(), task.OpenedAt, task.DecidedAt, task.DecidedBy, task.SignatureMeaning, task.RejectionReason,
            [.. task.Lots.Select(lot => new BatchLotDetails(lot.ItemCode, lot.LotId, lot.LotNumber, lot.Quantity, lot.Unit))],
            [.. task.Standings.Select(standing => ToDetails(standing, task.Unit))],
            task.FillIds, [.. task.ReleaseBlockers().Select(rule => rule.Message)], history,
            [.. task.Weights.Select(line => new WeighedLineDetails(
                line.ItemCode, line.Name, line.Role, line.Theoretical, line.Actual, line.Unit, line.OutsideTolerance))],
            task.YieldPercent, task.Flags, task.Deviations, task.CheckAssessment);
    }

    private static QcCheckDetails ToDetails(QcCheckStanding standing, string batchUnit)
    {
        var check = standing.Check;
        var limits = check.Limits?.InWords(check.ReadAs, batchUnit);
        var waiting = standing.UninvestigatedFailures;
        return new QcCheckDetails(
            check.Name, check.Specification, check.IsPotency, check.ReadAs == QcMeasure.PercentOfLabel ? limits : null,
            standing.Latest?.InWords(check, batchUnit), standing.Outcome?.ToString(), standing.Latest?.RecordedBy, standing.Latest?.RecordedAt,
            check.ReadAs.ToString(), check.IsMeasured ? QcReading.UnitInWords(check.ReadAs, batchUnit) : null, limits,
            check.Limits?.Lowest, check.Limits?.Highest,
            [
                .. standing.Results.Select(result => new QcResultDetails(
                    result.Sequence, result.Result, result.InWords(check, batchUnit), result.Value, result.Outcome.ToString(), result.IsRetest,
                    waiting.Contains(result), result.RecordedBy, result.RecordedAt)),
            ],
            [
                .. standing.Investigations.Select(investigation => new QcInvestigationDetails(
                    investigation.Sequence, investigation.Findings, investigation.DocumentedBy, investigation.SignatureMeaning, investigation.DocumentedAt)),
            ],
            waiting.Count > 0);
    }
}

internal static class GetReleaseTaskEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/release-tasks/{id:guid}", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetReleaseTask(id), cancellationToken))
            .WithName(nameof(GetReleaseTask))
            .WithSummary("One release task: batch facts, lots, QC results, decision and history")
            .Produces<ReleaseTaskDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
