using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchCompounded;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Keeps the batch's beyond-use date and storage for the fill's label.</summary>
public static class KeepBeyondUseDateOfCompoundedBatch
{
    public static Task Handle(
        BatchCompounded message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(KeepBeyondUseDateOfCompoundedBatch), message, envelope, async ct => await sender.Send(
            new RecordBatchCompounded(message.BatchId, message.BeyondUseDate, message.Storage, message.FillIds), ct), cancellationToken);
}
