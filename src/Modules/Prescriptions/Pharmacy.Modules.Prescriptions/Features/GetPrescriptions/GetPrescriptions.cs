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
/// code, oldest first (Rx numbers are given in the order prescriptions arrive).
/// </summary>
public sealed record GetPrescriptions(string? Search, PrescriptionStatus? Status, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IQuery<PagedResult<PrescriptionSummary>>;

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

        return await prescriptions
            .OrderBy(p => p.RxNumber)
            .Select(p => new PrescriptionSummary(
                p.Id.Value, p.RxNumber, p.Patient.LastName + ", " + p.Patient.FirstName, p.PrescriberName, p.FormulaCode, p.Quantity,
                p.Status.ToString(), p.Channel.ToString(), p.ReceivedAt))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

internal static class GetPrescriptionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/", (string? search, PrescriptionStatus? status, int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetPrescriptions(search, status, page ?? 1, pageSize ?? PageRequest.DefaultPageSize), cancellationToken))
            .WithName(nameof(GetPrescriptions))
            .WithSummary("The prescription queue, with search and paging")
            .Produces<PagedResult<PrescriptionSummary>>();
}
