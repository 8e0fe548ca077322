using Mediator;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchRejected;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Quality's rejection holds the batch's fills and their prescriptions, with the reason.</summary>
public static class HoldFillsOfRejectedBatch
{
    public static Task Handle(
        BatchRejected message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(HoldFillsOfRejectedBatch), message, envelope, async ct => await sender.Send(
            new RecordBatchRejected(message.BatchId, message.BatchNumber, message.Reason, message.RejectedBy, message.FillIds), ct), cancellationToken);
}
