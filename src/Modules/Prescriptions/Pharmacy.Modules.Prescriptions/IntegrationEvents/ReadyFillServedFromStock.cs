using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Features.RecordFillServedFromStock;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>A fill drew on released stock: it is ready now, with the stock batch's beyond-use date.</summary>
public static class ReadyFillServedFromStock
{
    public static Task Handle(
        FillServedFromStock message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(ReadyFillServedFromStock), message, envelope, async ct => await sender.Send(
            new RecordFillServedFromStock(message.FillId, message.BatchId, message.BatchNumber, message.BeyondUseDate, message.Storage), ct), cancellationToken);
}
