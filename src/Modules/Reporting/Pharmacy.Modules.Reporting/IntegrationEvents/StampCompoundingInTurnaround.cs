using Mediator;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Reporting.Features.RecordBatchCompounded;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Reporting.IntegrationEvents;

/// <summary>The batch's compounding time, for each fill it makes.</summary>
public static class StampCompoundingInTurnaround
{
    public static Task Handle(
        BatchCompounded message, Envelope envelope, Inbox<ReportingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(StampCompoundingInTurnaround), message, envelope, async ct => await sender.Send(
            new RecordBatchCompounded(message.BatchNumber, message.FormulaCode, message.FillIds, message.OccurredAt), ct), cancellationToken);
}
