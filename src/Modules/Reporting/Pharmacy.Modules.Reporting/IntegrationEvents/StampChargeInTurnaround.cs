using Mediator;
using Pharmacy.Modules.Billing.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordFillCharged;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>The fill's charge, for revenue beside turnaround.</summary>
public static class StampChargeInTurnaround
{
    public static Task Handle(
        ChargeCreated message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StampChargeInTurnaround), message, envelope, async ct => await sender.Send(
            new RecordFillCharged(message.FillId, message.RxNumber, message.Amount, message.Currency, message.OccurredAt), ct), cancellationToken);
}
