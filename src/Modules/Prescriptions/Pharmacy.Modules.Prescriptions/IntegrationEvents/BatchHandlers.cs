using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchProgress;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Remembers which batch makes each of our fills; the prescription is then in production.</summary>
public static class BatchPlannedHandler
{
    public static Task Handle(
        BatchPlanned message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchPlannedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchPlanned(message.BatchId, message.BatchNumber, message.FillIds), ct), cancellationToken);
}

/// <summary>Keeps the batch's beyond-use date and storage for the fill's label.</summary>
public static class BatchCompoundedHandler
{
    public static Task Handle(
        BatchCompounded message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchCompoundedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchCompounded(message.BatchId, message.BeyondUseDate, message.Storage, message.FillIds), ct), cancellationToken);
}

/// <summary>Quality's release makes the batch's fills ready to dispense.</summary>
public static class BatchReleasedHandler
{
    public static Task Handle(
        BatchReleased message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchReleasedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchReleased(message.BatchId, message.BatchNumber, message.FillIds), ct), cancellationToken);
}

/// <summary>Quality's rejection holds the batch's fills and their prescriptions, with the reason.</summary>
public static class BatchRejectedHandler
{
    public static Task Handle(
        BatchRejected message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(BatchRejectedHandler), message, envelope, async ct => await sender.Send(
            new RecordBatchRejected(message.BatchId, message.BatchNumber, message.Reason, message.RejectedBy, message.FillIds), ct), cancellationToken);
}
