using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchPlanned;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Prescriptions.IntegrationEvents;

/// <summary>Remembers which batch makes each of our fills; the prescription is then in production.</summary>
public static class LinkFillsToPlannedBatch
{
    public static Task Handle(
        BatchPlanned message, Envelope envelope, Inbox<PrescriptionsDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(LinkFillsToPlannedBatch), message, envelope, async ct => await sender.Send(
            new RecordBatchPlanned(message.BatchId, message.BatchNumber, message.FillIds), ct), cancellationToken);
}
