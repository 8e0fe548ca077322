using Mediator;
using Microsoft.Extensions.Logging;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Features.ReceiveRefillRequest;

/// <summary>
/// A clinic's refill request from the portal, as the clinic: a new fill when the rules allow it now, otherwise kept on
/// the prescription with the reason for a pharmacist to decide. Only the prescription's own organisation may ask.
/// </summary>
[Access(PrescriptionAccess.Work)]
public sealed record ReceiveRefillRequest(Guid PrescriptionId, Guid OrganisationId, string RequestedBy) : ICommand<Guid?>;

internal sealed partial class ReceiveRefillRequestHandler(PrescriptionsDbContext db, TimeProvider clock, ILogger<ReceiveRefillRequestHandler> logger)
    : ICommandHandler<ReceiveRefillRequest, Guid?>
{
    public async ValueTask<Guid?> Handle(ReceiveRefillRequest command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        if (prescription.OrganisationId != command.OrganisationId)
        {
            LogForeignRequest(logger, command.PrescriptionId, command.OrganisationId);
            return null;
        }

        return prescription.ReceiveRefillRequest($"{command.RequestedBy} (portal)", clock.GetUtcNow())?.Id.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A refill request for prescription {PrescriptionId} came from organisation {OrganisationId}, which did not send it; ignored.")]
    private static partial void LogForeignRequest(ILogger logger, Guid prescriptionId, Guid organisationId);
}
