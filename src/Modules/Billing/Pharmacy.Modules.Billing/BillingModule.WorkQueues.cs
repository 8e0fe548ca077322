using Pharmacy.Modules.Billing.Features.GetCharges;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Billing;

public sealed partial class BillingModule
{
    public IEnumerable<WorkQueue> WorkQueues =>
    [
        new("Charges to price", "/Billing/Charges?status=NeedsPricing", 60, BillingAccess.ReadRule.Roles,
            async (sender, ct) => (await sender.Send(new GetCharges(null, null, NeedsPricingOnly: true, PageSize: 1), ct)).TotalCount,
            "Dispensed with no price on the list yet"),
        new("Open charges", "/Billing/Charges?status=Open", 61, BillingAccess.ReadRule.Roles,
            async (sender, ct) => (await sender.Send(new GetCharges(null, Pharmacy.Modules.Billing.Domain.Charges.ChargeStatus.Open, PageSize: 1), ct)).TotalCount,
            "Not paid yet"),
    ];
}
