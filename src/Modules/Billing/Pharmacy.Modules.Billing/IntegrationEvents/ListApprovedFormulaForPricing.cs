using Mediator;
using Pharmacy.Modules.Billing.Features.RecordFormulaApproved;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Wolverine;

namespace Pharmacy.Modules.Billing.IntegrationEvents;

/// <summary>Keeps the formulas that may be priced in step with Compounding's approvals.</summary>
public static class ListApprovedFormulaForPricing
{
    public static Task Handle(
        FormulaApproved message, Envelope envelope, Inbox<BillingDbContext> inbox, ISender sender, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(ListApprovedFormulaForPricing), message, envelope, async ct => await sender.Send(
            new RecordFormulaApproved(message.Code, message.Version, message.Name, message.Unit, message.OccurredAt), ct), cancellationToken);
}
