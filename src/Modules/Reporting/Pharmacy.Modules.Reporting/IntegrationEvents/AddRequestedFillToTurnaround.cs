using Mediator;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordFillRequested;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>A fill was requested: it gets its own turnaround row, with the times its prescription already has.</summary>
public static class AddRequestedFillToTurnaround
{
    public static Task Handle(
        FillRequested message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(AddRequestedFillToTurnaround), message, envelope, async ct => await sender.Send(new RecordFillRequested(
            message.FillId, message.PrescriptionId, message.RxNumber, message.FillNumber, message.FormulaCode, message.Quantity,
            message.OccurredAt), ct), cancellationToken);
}
