using Mediator;
using Pharmacy.Modules.Portal.Contracts;
using Pharmacy.Modules.Portal.Features.SendOrderUpdateMail;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Portal.IntegrationEvents;

/// <summary>After the order's news is saved (it leaves through the outbox), the clinic is told by e-mail, once per update.</summary>
public static class EmailClinicAboutOrderUpdate
{
    public static Task Handle(
        PortalOrderUpdated message, Envelope envelope, Inbox<PortalDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(EmailClinicAboutOrderUpdate), message, envelope, async ct =>
            await sender.Send(new SendOrderUpdateMail(message.OrderNumber, message.OrganisationId), ct), cancellationToken);
}
