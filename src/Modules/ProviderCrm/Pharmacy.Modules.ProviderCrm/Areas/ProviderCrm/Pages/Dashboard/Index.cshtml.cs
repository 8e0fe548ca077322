using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.ProviderCrm.Features.GetAccountDashboard;
using Pharmacy.Shared.Web.Charts;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Dashboard;

/// <summary>The account manager's view of the accounts: who is where in onboarding, who prescribes, what each organisation earns, what is overdue.</summary>
[Authorize(Policy = CrmAccess.Read)]
public sealed class IndexModel(ISender sender) : PageModel
{
    private static readonly Dictionary<string, string> StatusTones = new()
    {
        ["Prospect"] = "neutral", ["Onboarding"] = "progress", ["Active"] = "good", ["Suspended"] = "stopped", ["Inactive"] = "neutral",
    };

    public AccountDashboardView View { get; private set; } = null!;

    public BarChart ProvidersByStatus => new(
        "Providers by status",
        [.. View.ProvidersByStatus.Select(s => new Bar(s.Status, s.Count, s.Count.ToString(CultureInfo.InvariantCulture), StatusTones.GetValueOrDefault(s.Status, "neutral")))]);

    public BarChart PrescriptionsPerMonth => new(
        $"Prescriptions received per month, last {GetAccountDashboard.Months} months",
        [.. View.Months.Zip(View.PrescriptionsPerMonth, (month, count) =>
            new Bar(month.ToString("MMM yyyy", CultureInfo.InvariantCulture), count, count.ToString("N0", CultureInfo.InvariantCulture), "brand"))]);

    public BarChart RevenueByOrganisation => new(
        "Revenue of each organisation's providers, last 12 months",
        [.. View.RevenueByOrganisation.Select(o => new Bar(o.Name.Length > 16 ? o.Name[..15] + "…" : o.Name, (double)o.Revenue, Money(o.Revenue), "good"))],
        ValueSpace: 150);

    public string Money(decimal amount) => $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {View.Currency}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await sender.Send(new GetAccountDashboard(), cancellationToken);
}
