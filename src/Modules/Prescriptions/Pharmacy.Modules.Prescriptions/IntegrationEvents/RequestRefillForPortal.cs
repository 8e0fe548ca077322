using Mediator;
using Pharmacy.Modules.Portal.Contracts;
using Pharmacy.Modules.Prescriptions.Features.ReceiveRefillRequest;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>
/// A clinic asked for a refill on the portal: the refill is requested as the clinic, or kept for a pharmacist when the
/// rules refuse it now. A redelivered request is handled once.
/// </summary>
public static class RequestRefillForPortal
{
    public static Task Handle(
        PortalRefillRequested message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(RequestRefillForPortal), message, envelope, async ct => await sender.Send(
            new ReceiveRefillRequest(message.PrescriptionId, message.OrganisationId, message.RequestedBy), ct), cancellationToken);
}
