using Mediator;
using Pharmacy.Modules.Portal.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>
/// An order placed on the portal joins the intake queue as a prescription of the clinic's organisation. The order id is
/// the sender's id, so a redelivered order (or one sent twice) makes one prescription.
/// </summary>
public static class ReceivePortalOrder
{
    public static Task Handle(
        PortalOrderPlaced message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(ReceivePortalOrder), message, envelope, async ct => await sender.Send(new ReceivePrescription(
            IntakeChannel.Portal, message.OrderId.ToString(), message.PrescriberNpi,
            new PatientInput(message.PatientFirstName, message.PatientLastName, message.PatientDateOfBirth, message.PatientSex, message.PatientState),
            message.FormulaCode, message.Quantity, message.Directions, message.DaysSupply, message.Refills, message.WrittenOn,
            message.OrganisationId), ct), cancellationToken);
}
