using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Shared.Web.Charts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Features.GetCharges;
using Pharmacy.Modules.Billing.Features.GetChargeTotals;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Paging;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Areas.Billing.Pages.Charges;

[Authorize(Policy = BillingAccess.Read)]
public sealed class IndexModel(ISender sender) : ListPageModel<ChargeSummary>
{
    /// <summary>The status filter's extra choice: charges made without a list price.</summary>
    public const string NeedsPricingFilter = "NeedsPricing";

    private static readonly string[] AgingTones = ["progress", "attention", "attention", "stopped"];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public ChargeTotals Totals { get; private set; } = new(0, 0, 0, 0, Money.Usd, []);

    public BarChart Aging => new(
        "Open balances by days since dispensing",
        [.. Totals.Aging.Select((bucket, i) => new Bar(
            bucket.Label, (double)bucket.Balance, $"{new Money(bucket.Balance, Totals.Currency)} ({bucket.Charges})", AgingTones[Math.Min(i, AgingTones.Length - 1)]))]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var needsPricing = Status == NeedsPricingFilter;
        ChargeStatus? status = Enum.TryParse<ChargeStatus>(Status, out var parsed) ? parsed : null;
        Rows = await sender.Send(new GetCharges(Search, status, needsPricing, PageNumber), cancellationToken);
        Totals = await sender.Send(new GetChargeTotals(), cancellationToken);
    }
}
