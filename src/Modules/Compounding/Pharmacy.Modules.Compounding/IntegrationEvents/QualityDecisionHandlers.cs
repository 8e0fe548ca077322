using Mediator;
using Pharmacy.Modules.Compounding.Features.RecordQualityDecision;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Compounding.IntegrationEvents;

/// <summary>Quality released a batch: the compounding record is closed as released.</summary>
public static class BatchReleasedHandler
{
    public static Task Handle(
        BatchReleased message, Envelope envelope, Inbox<CompoundingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchReleasedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchReleased(message.BatchId, message.ReleasedBy, message.OccurredAt), ct), cancellationToken);
}

/// <summary>Quality rejected a batch: the compounding record is closed as rejected.</summary>
public static class BatchRejectedHandler
{
    public static Task Handle(
        BatchRejected message, Envelope envelope, Inbox<CompoundingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchRejectedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchRejected(message.BatchId, message.Reason, message.RejectedBy, message.OccurredAt), ct), cancellationToken);
}
