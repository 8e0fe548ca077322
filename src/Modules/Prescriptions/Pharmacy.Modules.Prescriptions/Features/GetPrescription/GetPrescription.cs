using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Features.GetPrescription;

public sealed record GetPrescription(Guid PrescriptionId) : IQuery<PrescriptionDetails>;

public sealed record PrescriptionDetails(
    Guid Id, long RxNumber, string Status, string Channel, string? ExternalId,
    string PatientFirstName, string PatientLastName, DateOnly PatientDateOfBirth, string PatientSex, string PatientState,
    Guid PrescriberId, string PrescriberNpi, string PrescriberName,
    string FormulaCode, decimal Quantity, string Directions, int DaysSupply, int RefillsAuthorized, int RefillsRemaining,
    DateOnly WrittenOn, DateOnly ExpiresOn, DateTimeOffset ReceivedAt);

internal sealed class GetPrescriptionHandler(PrescriptionsDbContext db) : IQueryHandler<GetPrescription, PrescriptionDetails>
{
    public async ValueTask<PrescriptionDetails> Handle(GetPrescription query, CancellationToken cancellationToken)
    {
        var id = PrescriptionId.From(query.PrescriptionId);
        return await db.Prescriptions.AsNoTracking()
                   .Where(p => p.Id == id)
                   .Select(p => new PrescriptionDetails(
                       p.Id.Value, p.RxNumber, p.Status.ToString(), p.Channel.ToString(), p.ExternalId,
                       p.Patient.FirstName, p.Patient.LastName, p.Patient.DateOfBirth, p.Patient.Sex.ToString(), p.Patient.State,
                       p.PrescriberId, p.PrescriberNpi, p.PrescriberName,
                       p.FormulaCode, p.Quantity, p.Directions, p.DaysSupply, p.RefillsAuthorized, p.RefillsRemaining,
                       p.WrittenOn, p.ExpiresOn, p.ReceivedAt))
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("Prescription", query.PrescriptionId);
    }
}

internal static class GetPrescriptionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/{id:guid}", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetPrescription(id), cancellationToken))
            .WithName(nameof(GetPrescription))
            .WithSummary("One prescription")
            .Produces<PrescriptionDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
