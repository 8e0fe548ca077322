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

    public Task<IActionResult> OnPostMessageAsync(CancellationToken cancellationToken) =>
        ActAsync(new WriteToPharmacy(Id, Body ?? ""), "Your message is sent to the pharmacy.", cancellationToken);

    public Task<IActionResult> OnPostRefillAsync(CancellationToken cancellationToken) =>
        ActAsync(new RequestRefill(Id), "Your refill request is sent to the pharmacy.", cancellationToken);

    public async Task<IActionResult> OnGetStatusAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Partial("_OrderStatus", Order) : NotFound();

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken) =>
        ActAsync(new AnswerOrderQuestion(Id, Answer ?? ""), "Your answer is sent to the pharmacy.", cancellationToken);

    /// <summary>
    /// The clinic's act on its order (another clinic's order is not found: 404): done, it says so on the reloaded page;
    /// refused, the page shows why beside the order and its messages.
    /// </summary>
    private async Task<IActionResult> ActAsync(ICommand act, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await ModelState.TryAsync(() => sender.Send(act, cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = done;
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
