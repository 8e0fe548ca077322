using Mediator;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordFillCancelled;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>The fill was cancelled with its prescription: its turnaround row is closed, never to be dispensed.</summary>
public static class CloseCancelledFillInTurnaround
{
    public static Task Handle(
        FillCancelled message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(CloseCancelledFillInTurnaround), message, envelope, async ct => await sender.Send(new RecordFillCancelled(
            message.FillId, message.PrescriptionId, message.RxNumber, message.FillNumber, message.OccurredAt), ct), cancellationToken);
}
