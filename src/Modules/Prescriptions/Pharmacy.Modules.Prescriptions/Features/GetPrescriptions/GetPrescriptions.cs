using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.GetPrescriptions;

/// <summary>
/// The prescription queue: by status, searched by Rx number, patient (name, date of birth), prescriber (name, NPI) or formula
/// code; newest first unless asked for oldest first (Rx numbers are given in the order prescriptions arrive, so both
/// read the Rx number index one way or the other).
/// </summary>
public sealed record GetPrescriptions(
    string? Search, PrescriptionStatus? Status, int Page = 1, int PageSize = PageRequest.DefaultPageSize,
    PrescriptionQueueOrder Order = PrescriptionQueueOrder.NewestFirst, DispensingStage? Stage = null)
    : IQuery<PagedResult<PrescriptionSummary>>;

/// <summary>
/// Where a prescription ready to dispense is in the dispensing of its released fill: waiting for the pharmacist's final
/// check, or checked and waiting to be picked up or shipped.
/// </summary>
public enum DispensingStage
{
    [Pharmacy.Shared.Kernel.DisplayText("Needs final check")]
    FinalCheck,

    [Pharmacy.Shared.Kernel.DisplayText("Checked, to pick up or ship")]
    HandOut,
}

/// <summary>Newest first shows what came in today on the first page; oldest first is the order work is done in (first in, first out).</summary>
public enum PrescriptionQueueOrder
{
    [Pharmacy.Shared.Kernel.DisplayText("Newest first")]
    NewestFirst,

    [Pharmacy.Shared.Kernel.DisplayText("Oldest first")]
    OldestFirst,
}

public sealed record PrescriptionSummary(
    Guid Id, long RxNumber, string PatientName, string PrescriberName, string FormulaCode, decimal Quantity, string Status,
    string Channel, DateTimeOffset ReceivedAt);

internal sealed class GetPrescriptionsHandler(PrescriptionsDbContext db) : IQueryHandler<GetPrescriptions, PagedResult<PrescriptionSummary>>
{
    public async ValueTask<PagedResult<PrescriptionSummary>> Handle(GetPrescriptions query, CancellationToken cancellationToken)
    {
        var prescriptions = await PrescriptionSearch.FilterAsync(db.Prescriptions.AsNoTracking(), db, query.Search, cancellationToken);

        if (query.Status is { } status)
        {
            prescriptions = prescriptions.Where(p => p.Status == status);
        }

        if (query.Stage is { } stage)
        {
            var checkedFill = stage == DispensingStage.HandOut;
            prescriptions = prescriptions.Where(p => p.Status == PrescriptionStatus.ReadyToDispense
                && p.Fills.Any(f => f.Status == FillStatus.ReadyToDispense && (f.CheckedAt != null) == checkedFill));
        }

        var ordered = query.Order == PrescriptionQueueOrder.OldestFirst
            ? prescriptions.OrderBy(p => p.RxNumber)
            : prescriptions.OrderByDescending(p => p.RxNumber);
        return await ordered
            .Select(p => new PrescriptionSummary(
                p.Id.Value, p.RxNumber, p.Patient.LastName + ", " + p.Patient.FirstName, p.PrescriberName, p.FormulaCode, p.Quantity,
                p.Status.ToString(), p.Channel.ToString(), p.ReceivedAt))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetPrescriptionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/", (string? search, PrescriptionStatus? status, int? page, int? pageSize, PrescriptionQueueOrder? order, DispensingStage? stage,
                    ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetPrescriptions(
                    search, status, page ?? 1, pageSize ?? PageRequest.DefaultPageSize, order ?? PrescriptionQueueOrder.NewestFirst, stage),
                    cancellationToken))
            .WithName(nameof(GetPrescriptions))
            .WithSummary("The prescription queue, with search and paging; newest first unless order=OldestFirst; stage=FinalCheck or HandOut for released fills")
            .Produces<PagedResult<PrescriptionSummary>>();
}
