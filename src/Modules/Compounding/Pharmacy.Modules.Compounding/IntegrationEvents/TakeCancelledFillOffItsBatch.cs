using Mediator;
using Pharmacy.Modules.Compounding.Features.RemoveCancelledFill;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Compounding.IntegrationEvents;

/// <summary>A fill was cancelled with its prescription: it leaves its batch, and a planned batch left with no fill is cancelled.</summary>
public static class TakeCancelledFillOffItsBatch
{
    public static Task Handle(
        FillCancelled message, Envelope envelope, Inbox<CompoundingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(TakeCancelledFillOffItsBatch), message, envelope, async ct => await sender.Send(
            new RemoveCancelledFill(message.FillId, message.Reason), ct), cancellationToken);
}
