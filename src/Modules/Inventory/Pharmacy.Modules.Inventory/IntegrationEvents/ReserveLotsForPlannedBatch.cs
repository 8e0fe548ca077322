using Mediator;
using Pharmacy.Modules.Inventory.Contracts;
using Pharmacy.Modules.Inventory.Features.ReserveLotsForBatch;

namespace Pharmacy.Modules.Inventory.IntegrationEvents;

/// <summary>
/// Answers Compounding's one synchronous question (Wolverine InvokeAsync): reserve the lots for a batch. The answer is a
/// record, which is what Wolverine needs to find a request handler. A conflict with another batch drawing on the same
/// lot surfaces as a concurrency error; asking again is safe, since the reservation is idempotent by batch id.
/// </summary>
public static class ReserveLotsForPlannedBatch
{
    public static async Task<LotAllocationResult> Handle(AllocateLotsForBatch request, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new ReserveLotsForBatch(request.BatchId, request.BatchNumber, request.Needs, request.UseBy), cancellationToken);
}
