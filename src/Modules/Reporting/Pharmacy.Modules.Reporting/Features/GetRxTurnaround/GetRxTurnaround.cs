using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Reporting.Domain.Turnaround;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Modules.Reporting.ReadModels;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Reporting.Features.GetRxTurnaround;

/// <summary>Fills with their stage times and the hours between stages, most recent first.</summary>
[Access(ReportingAccess.Read)]
public sealed record GetRxTurnaround(
    DateOnly? From = null, DateOnly? To = null, string? Formula = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<RxTurnaroundRow>>, IRxTurnaroundFilter;

/// <summary>One fill's turnaround, as the view v_rx_turnaround has it, and the furthest stage it has reached.</summary>
public sealed record RxTurnaroundRow(
    Guid FillId, string Stage, Guid? PrescriptionId, long? RxNumber, int? FillNumber, string? FormulaCode, decimal? Quantity, string? BatchNumber,
    DateTimeOffset? ReceivedAt, DateTimeOffset? VerifiedAt, DateTimeOffset? RequestedAt, DateTimeOffset? CompoundedAt,
    DateTimeOffset? ReleasedAt, DateTimeOffset? RejectedAt, DateTimeOffset? DispensedAt, string? DispenseMethod,
    DateTimeOffset? ChargedAt, decimal? ChargeAmount, string? ChargeCurrency, DateTimeOffset? CancelledAt,
    double? ReceivedToVerifiedHours, double? VerifiedToCompoundedHours, double? CompoundedToReleasedHours,
    double? ReleasedToDispensedHours, double? ReceivedToDispensedHours);

internal sealed class GetRxTurnaroundValidator : RxTurnaroundFilterValidator<GetRxTurnaround>;

internal sealed class GetRxTurnaroundHandler(ReportingDbContext db) : IQueryHandler<GetRxTurnaround, PagedResult<RxTurnaroundRow>>
{
    public async ValueTask<PagedResult<RxTurnaroundRow>> Handle(GetRxTurnaround query, CancellationToken cancellationToken)
    {
        var rows = db.RxTurnaroundView.Matching(query);
        return await rows.MostRecentFirst()
            .ToRows()
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class RxTurnaroundRowProjection
{
    public static IQueryable<RxTurnaroundRow> ToRows(this IQueryable<RxTurnaroundViewRow> rows) =>
        // The stage is worked out in memory, on the rows the database returns (EF evaluates the final projection there).
        rows.Select(row => new RxTurnaroundRow(
            row.FillId,
            TurnaroundProgress.Of(new StageTimes(row.ReceivedAt, row.VerifiedAt, row.CompoundedAt, row.ReleasedAt, row.DispensedAt), row.RequestedAt, row.RejectedAt, row.CancelledAt),
            row.PrescriptionId, row.RxNumber, row.FillNumber, row.FormulaCode, row.Quantity, row.BatchNumber,
            row.ReceivedAt, row.VerifiedAt, row.RequestedAt, row.CompoundedAt, row.ReleasedAt, row.RejectedAt, row.DispensedAt,
            row.DispenseMethod, row.ChargedAt, row.ChargeAmount, row.ChargeCurrency, row.CancelledAt,
            row.ReceivedToVerifiedHours, row.VerifiedToCompoundedHours, row.CompoundedToReleasedHours,
            row.ReleasedToDispensedHours, row.ReceivedToDispensedHours));
}

internal static class GetRxTurnaroundEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/rx-turnaround", (
                DateOnly? from, DateOnly? to, string? formula, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetRxTurnaround(from, to, formula, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetRxTurnaround))
            .WithSummary("Rx turnaround: each fill's stage times and the hours between stages, with date and formula filters and paging")
            .Produces<PagedResult<RxTurnaroundRow>>()
            .ProducesValidationProblem();
}
