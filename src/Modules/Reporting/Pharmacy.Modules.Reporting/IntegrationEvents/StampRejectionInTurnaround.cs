using Mediator;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordBatchRejected;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>Quality's rejection time, for each fill of the batch.</summary>
public static class StampRejectionInTurnaround
{
    public static Task Handle(
        BatchRejected message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StampRejectionInTurnaround), message, envelope, async ct => await sender.Send(
            new RecordBatchRejected(message.FillIds, message.OccurredAt), ct), cancellationToken);
}
