using Mediator;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordBatchReleased;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>Quality's release time, for each fill of the batch.</summary>
public static class StampReleaseInTurnaround
{
    public static Task Handle(
        BatchReleased message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StampReleaseInTurnaround), message, envelope, async ct => await sender.Send(
            new RecordBatchReleased(message.FillIds, message.OccurredAt), ct), cancellationToken);
}
