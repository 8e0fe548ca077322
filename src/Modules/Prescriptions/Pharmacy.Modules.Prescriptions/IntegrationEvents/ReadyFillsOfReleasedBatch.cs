using Mediator;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchReleased;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Modules.Quality.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Quality's release makes the batch's fills ready to dispense.</summary>
public static class ReadyFillsOfReleasedBatch
{
    public static Task Handle(
        BatchReleased message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(ReadyFillsOfReleasedBatch), message, envelope, async ct => await sender.Send(
            new RecordBatchReleased(message.BatchId, message.BatchNumber, message.FillIds), ct), cancellationToken);
}
