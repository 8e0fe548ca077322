using Mediator;
using Pharmacy.Modules.Compounding.Features.RecordBatchRejected;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Compounding.IntegrationEvents;

/// <summary>Quality rejected a batch: the compounding record is closed as rejected.</summary>
public static class CloseRejectedBatch
{
    public static Task Handle(
        BatchRejected message, Envelope envelope, Inbox<CompoundingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(CloseRejectedBatch), message, envelope, async ct => await sender.Send(
            new RecordBatchRejected(message.BatchId, message.Reason, message.RejectedBy, message.OccurredAt), ct), cancellationToken);
}
