using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Reporting.Domain.Turnaround;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaround;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Reporting.Features.GetRxTurnaroundSummary;

/// <summary>
/// How long fills take, stage by stage: count, median and 90th percentile. Percentiles are computed here, not in
/// SQL, because SQLite has no percentile function and the two providers would otherwise disagree.
/// </summary>
[Access(ReportingAccess.Read)]
public sealed record GetRxTurnaroundSummary(DateOnly? From = null, DateOnly? To = null, string? Formula = null)
    : IQuery<RxTurnaroundSummary>, IRxTurnaroundFilter;

/// <summary>The summary, and the formulas there are to filter by.</summary>
public sealed record RxTurnaroundSummary(TurnaroundSummary Turnaround, IReadOnlyList<string> Formulas);

internal sealed class GetRxTurnaroundSummaryValidator : RxTurnaroundFilterValidator<GetRxTurnaroundSummary>;

internal sealed class GetRxTurnaroundSummaryHandler(ReportingDbContext db) : IQueryHandler<GetRxTurnaroundSummary, RxTurnaroundSummary>
{
    public async ValueTask<RxTurnaroundSummary> Handle(GetRxTurnaroundSummary query, CancellationToken cancellationToken)
    {
        var times = await db.RxTurnaroundView.Matching(query)
            .Select(row => new StageTimes(row.ReceivedAt, row.VerifiedAt, row.CompoundedAt, row.ReleasedAt, row.DispensedAt))
            .ToListAsync(cancellationToken);
        var formulas = await db.RxTurnaround.AsNoTracking()
            .Where(row => row.FormulaCode != null)
            .Select(row => row.FormulaCode!)
            .Distinct()
            .OrderBy(code => code)
            .ToListAsync(cancellationToken);
        return new RxTurnaroundSummary(TurnaroundSummary.Of(times), formulas);
    }
}
