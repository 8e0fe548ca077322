using Mediator;
using Pharmacy.Modules.Compounding.Features.RecordBatchReleased;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Compounding.IntegrationEvents;

/// <summary>Quality released a batch: the compounding record is closed as released.</summary>
public static class CloseReleasedBatch
{
    public static Task Handle(
        BatchReleased message, Envelope envelope, Inbox<CompoundingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(CloseReleasedBatch), message, envelope, async ct => await sender.Send(
            new RecordBatchReleased(message.BatchId, message.ReleasedBy, message.OccurredAt), ct), cancellationToken);
}
