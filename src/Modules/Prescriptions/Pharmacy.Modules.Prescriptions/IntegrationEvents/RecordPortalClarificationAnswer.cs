using Mediator;
using Pharmacy.Modules.Portal.Contracts;
using Pharmacy.Modules.Prescriptions.Features.AnswerClarification;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>The clinic answered on the portal: the answer goes on the prescription, which returns to the verification queue.</summary>
public static class RecordPortalClarificationAnswer
{
    public static Task Handle(
        PortalClarificationAnswered message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(RecordPortalClarificationAnswer), message, envelope, async ct => await sender.Send(
            new AnswerClarification(message.PrescriptionId, message.Answer, $"{message.AnsweredBy} (portal)"), ct), cancellationToken);
}
