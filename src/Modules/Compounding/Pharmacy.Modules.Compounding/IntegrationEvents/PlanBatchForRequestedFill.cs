using Mediator;
using Pharmacy.Modules.Compounding.Features.PlanBatch;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Compounding.IntegrationEvents;

/// <summary>A fill must be made: plan a batch for it.</summary>
public static class PlanBatchForRequestedFill
{
    public static Task Handle(
        FillRequested message, Envelope envelope, Inbox<CompoundingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(PlanBatchForRequestedFill), message, envelope, async ct => await sender.Send(new PlanBatch(
            message.FillId, message.RxNumber, message.FillNumber, message.FormulaCode, message.Quantity, message.DaysSupply), ct), cancellationToken);
}
