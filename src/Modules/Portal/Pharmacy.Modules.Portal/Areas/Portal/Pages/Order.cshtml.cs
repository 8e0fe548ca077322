using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Features.AnswerOrderQuestion;
using Pharmacy.Modules.Portal.Features.GetOrder;
using Pharmacy.Modules.Portal.Features.OpenMessagesOfOrder;
using Pharmacy.Modules.Portal.Features.WriteToPharmacy;
using Pharmacy.Modules.Portal.Features.RequestRefill;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages;

/// <summary>
/// One order: what was sent, and where its prescription stands at the pharmacy, refreshed in the open page within
/// seconds of a change (the status part is fetched again every few seconds). The pharmacy's question is answered here,
/// and the clinic and the pharmacy exchange messages about the order.
/// </summary>
[AuthorizeAct(typeof(GetOrder))]
public sealed class OrderModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public PortalOrder Order { get; private set; } = null!;

    public MessageThread Thread { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) && await OpenMessagesAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetMessagesAsync(CancellationToken cancellationToken) =>
        await OpenMessagesAsync(cancellationToken) ? Partial("_MessageThread", Thread) : NotFound();

    public async Task<IActionResult> OnPostMessageAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await ModelState.TryAsync(() => sender.Send(new WriteToPharmacy(Id, Body ?? ""), cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = "Your message is sent to the pharmacy.";
            return RedirectToPage(new { id = Id });
        }

        await OpenMessagesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRefillAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await ModelState.TryAsync(() => sender.Send(new RequestRefill(Id), cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = "Your refill request is sent to the pharmacy.";
            return RedirectToPage(new { id = Id });
        }

        await OpenMessagesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetStatusAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Partial("_OrderStatus", Order) : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await ModelState.TryAsync(() => sender.Send(new AnswerOrderQuestion(Id, Answer ?? ""), cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = "Your answer is sent to the pharmacy.";
            return RedirectToPage(new { id = Id });
        }

        await OpenMessagesAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Order = await sender.Send(new GetOrder(Id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private async Task<bool> OpenMessagesAsync(CancellationToken cancellationToken)
    {
        try
        {
            Thread = new MessageThread(
                await sender.Send(new OpenMessagesOfOrder(Id), cancellationToken), ReaderIsPharmacy: false, $"/Portal/Order/{Id}?handler=Message");
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
