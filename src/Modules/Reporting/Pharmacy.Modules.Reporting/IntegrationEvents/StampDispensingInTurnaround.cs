using Mediator;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordFillDispensed;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>The fill left the pharmacy: its turnaround ends.</summary>
public static class StampDispensingInTurnaround
{
    public static Task Handle(
        FillDispensed message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StampDispensingInTurnaround), message, envelope, async ct => await sender.Send(new RecordFillDispensed(
            message.FillId, message.PrescriptionId, message.RxNumber, message.FormulaCode, message.Quantity, message.Method,
            message.OccurredAt), ct), cancellationToken);
}
