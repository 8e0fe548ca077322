using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Billing.Features.AddFormulaPrice;
using Pharmacy.Modules.Billing.Features.ChangePrice;
using Pharmacy.Modules.Billing.Features.GetPrices;
using Pharmacy.Modules.Billing.Features.GetUnpricedFormulas;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Billing.Areas.Billing.Pages.Prices;

[Authorize(Policy = BillingAccess.Read)]
public sealed class IndexModel(ISender sender, ActAccess access) : PageModel
{
    public IReadOnlyList<FormulaPriceSummary> Prices { get; private set; } = [];

    public ChangeInput Change { get; private set; } = new();

    public AddInput Add { get; private set; } = new();

    /// <summary>The catalog's formulas that have no price yet: what can be added.</summary>
    public IReadOnlyList<UnpricedFormula> Unpriced { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostChangeAsync(ChangeInput change, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync<ChangePrice>(User))
        {
            return Forbid();
        }

        Change = change;
        var command = new ChangePrice(change.FormulaCode ?? "", change.PricePerUnit ?? 0, change.Reason ?? "");
        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix: nameof(Change)))
        {
            TempData["Success"] = $"The price of {command.FormulaCode} is changed. Charges already made keep their price.";
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(AddInput add, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync<AddFormulaPrice>(User))
        {
            return Forbid();
        }

        Add = add;
        var command = new AddFormulaPrice(add.FormulaCode ?? "", add.PricePerUnit ?? 0);
        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), prefix: nameof(Add)))
        {
            TempData["Success"] = $"{command.FormulaCode} is on the price list.";
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Prices = await sender.Send(new GetPrices(), cancellationToken);
        Unpriced = await sender.Send(new GetUnpricedFormulas(), cancellationToken);
    }

    public sealed class ChangeInput
    {
        public string? FormulaCode { get; set; }

        public decimal? PricePerUnit { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class AddInput
    {
        public string? FormulaCode { get; set; }

        public decimal? PricePerUnit { get; set; }
    }
}
