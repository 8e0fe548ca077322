using Mediator;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordPrescriptionVerified;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>The pharmacist's verification time, for every fill of the prescription.</summary>
public static class StampVerificationInTurnaround
{
    public static Task Handle(
        PrescriptionVerified message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StampVerificationInTurnaround), message, envelope, async ct => await sender.Send(
            new RecordPrescriptionVerified(message.PrescriptionId, message.RxNumber, message.OccurredAt), ct), cancellationToken);
}
