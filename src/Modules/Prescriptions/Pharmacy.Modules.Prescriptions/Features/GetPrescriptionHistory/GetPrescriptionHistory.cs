using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Features.GetPrescriptionHistory;

/// <summary>The record history of a prescription and its fills, from the audit trail, oldest first.</summary>
public sealed record GetPrescriptionHistory(Guid PrescriptionId) : IQuery<IReadOnlyList<HistoryEntry>>;

internal sealed class GetPrescriptionHistoryHandler(PrescriptionsDbContext db, PharmacyTimeZone zone)
    : IQueryHandler<GetPrescriptionHistory, IReadOnlyList<HistoryEntry>>
{
    public async ValueTask<IReadOnlyList<HistoryEntry>> Handle(GetPrescriptionHistory query, CancellationToken cancellationToken)
    {
        var id = PrescriptionId.From(query.PrescriptionId);
        if (!await db.Prescriptions.AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw new NotFoundException("Prescription", query.PrescriptionId);
        }

        return await RecordHistory.ReadAsync(db, zone, nameof(Prescription), id.Value, cancellationToken);
    }
}

internal static class GetPrescriptionHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/{id:guid}/history", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetPrescriptionHistory(id), cancellationToken))
            .WithName(nameof(GetPrescriptionHistory))
            .WithSummary("The audit trail of a prescription and its fills: who did what, when, with which signature")
            .Produces<IReadOnlyList<HistoryEntry>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
