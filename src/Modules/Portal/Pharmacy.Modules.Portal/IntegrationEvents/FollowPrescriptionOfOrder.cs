using Mediator;
using Pharmacy.Modules.Portal.Features.RecordOrderProgress;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Portal.IntegrationEvents;

/// <summary>Keeps each portal order in step with its prescription at the pharmacy; prescriptions that came another way are not portal orders.</summary>
public static class FollowPrescriptionOfOrder
{
    public static Task Handle(
        PrescriptionProgressed message, Envelope envelope, Inbox<PortalDbContext> inbox, ISender sender, CancellationToken cancellationToken)
    {
        if (message.Channel != "Portal" || !Guid.TryParse(message.ExternalId, out var orderId))
        {
            return inbox.HandleOnceAsync(typeof(FollowPrescriptionOfOrder), message, envelope, _ => ValueTask.CompletedTask, cancellationToken);
        }

        var fill = message.Fills.Count == 0 ? null : message.Fills[^1];
        var beyondUse = message.Fills.Select(f => f.BeyondUseDate).LastOrDefault(date => date is not null);
        return inbox.HandleOnceAsync(typeof(FollowPrescriptionOfOrder), message, envelope, async ct => await sender.Send(new RecordOrderProgress(
            orderId, message.PrescriptionId, message.RxNumber, message.Status, message.ClarificationQuestion, message.ClarificationAnswer,
            message.HoldReason, beyondUse, fill?.Carrier, fill?.TrackingNumber, fill?.DispensedAt, message.Fills.Count, message.RefillsRemaining,
            message.RefillRequestStatus, message.RefillRequestNote), ct), cancellationToken);
    }
}
