using Mediator;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordPrescriptionReceived;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>A prescription was received: its turnaround starts.</summary>
public static class StartTurnaroundOfReceivedPrescription
{
    public static Task Handle(
        PrescriptionReceived message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StartTurnaroundOfReceivedPrescription), message, envelope, async ct => await sender.Send(
            new RecordPrescriptionReceived(message.PrescriptionId, message.RxNumber, message.OccurredAt), ct), cancellationToken);
}
