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
    IReadOnlyList<string> ReleaseBlockers, IReadOnlyList<HistoryEntry> History)
{
    public bool IsOpen => Status == nameof(ReleaseTaskStatus.Open);

    public bool CanRelease => IsOpen && ReleaseBlockers.Count == 0;
}

public sealed record BatchLotDetails(string ItemCode, Guid LotId, string LotNumber, decimal Quantity, string Unit);

public sealed record QcCheckDetails(
    string Name, string Specification, bool IsPotency, string? PotencyRange, string? Result, string? Outcome, string? RecordedBy,
    DateTimeOffset? RecordedAt);

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
            [.. task.Checks.OrderBy(check => check.Sequence).Select(ToDetails)],
            task.FillIds, ReleaseBlockers(task), history);
    }

    private static QcCheckDetails ToDetails(QualityCheck check) => new(
        check.Name, check.Specification, check.IsPotency,
        check.IsPotency ? PotencyRange.FromSpecification(check.Specification).ToString() : null,
        check.HasResult ? check.ResultInWords : null, check.Outcome?.ToString(), check.RecordedBy, check.RecordedAt);

    /// <summary>The same rules the release applies, asked in advance so the page can say what is still missing.</summary>
    private static IReadOnlyList<string> ReleaseBlockers(ReleaseTask task) =>
        new Shared.Kernel.IBusinessRule[] { new EveryQcCheckMustHaveAResultRule(task.Checks), new EveryQcCheckMustPassRule(task.Checks) }
            .Where(rule => rule.IsBroken())
            .Select(rule => rule.Message)
            .ToList();
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
