using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Features.GetCharge;
using Pharmacy.Modules.Billing.Features.PriceCharge;
using Pharmacy.Modules.Billing.Features.RecordPayment;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Billing.Areas.Billing.Pages.Charges;

[Authorize(Policy = BillingAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : PageModel
{
    public ChargeDetails Charge { get; private set; } = null!;

    public PaymentForm Payment { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPaymentAsync(Guid id, PaymentForm payment, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync<RecordPayment>(User))
        {
            return Forbid();
        }

        Payment = payment;
        PaymentRecorded? recorded = null;
        var command = new RecordPayment(id, payment.Amount ?? 0, payment.Method ?? PaymentMethod.Cash);
        if (await ModelState.TryAsync(async () => recorded = await sender.Send(command, cancellationToken), nameof(Payment)))
        {
            // Payments are taken in dollars, as the form says.
            TempData["Success"] = recorded!.Balance == 0
                ? $"Payment of {Money.Dollars(command.Amount)} recorded. The charge is paid in full."
                : $"Payment of {Money.Dollars(command.Amount)} recorded. {Money.Dollars(recorded.Balance)} is still owed.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPriceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync<PriceCharge>(User))
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(() => sender.Send(new PriceCharge(id), cancellationToken).AsTask(), "Price"))
        {
            TempData["Success"] = "The charge is priced from the price list and can now be paid.";
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Charge = await sender.Send(new GetCharge(id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class PaymentForm
    {
        public decimal? Amount { get; set; }

        public PaymentMethod? Method { get; set; }
    }
}
