using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Inventory.Features.ConsumeLotsForBatch;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Inventory.IntegrationEvents;

/// <summary>A batch was compounded: take the lots it used off the shelf and give back what it reserved but did not use.</summary>
public static class ConsumeLotsOfCompoundedBatch
{
    public static Task Handle(
        BatchCompounded message, Envelope envelope, Inbox<InventoryDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(ConsumeLotsOfCompoundedBatch), message, envelope, async ct => await sender.Send(new ConsumeLotsForBatch(
            message.BatchId, message.BatchNumber,
            [.. message.Lots.Select(lot => new LotConsumption(lot.LotId, lot.LotNumber, lot.Quantity, lot.Unit))],
            message.PreparedBy, message.OccurredAt), ct), cancellationToken);
}
