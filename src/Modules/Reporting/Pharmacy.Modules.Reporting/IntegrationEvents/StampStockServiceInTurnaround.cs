using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordFillServedFromStock;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>A fill drew on released stock: its compounding and release are stamped at that moment.</summary>
public static class StampStockServiceInTurnaround
{
    public static Task Handle(
        FillServedFromStock message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StampStockServiceInTurnaround), message, envelope, async ct => await sender.Send(
            new RecordFillServedFromStock(message.FillId, message.BatchNumber, message.FormulaCode, message.OccurredAt), ct), cancellationToken);
}
