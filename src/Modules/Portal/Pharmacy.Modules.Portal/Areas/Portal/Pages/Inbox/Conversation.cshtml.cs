using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Features.OpenConversation;
using Pharmacy.Modules.Portal.Features.WriteToClinic;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages.Inbox;

/// <summary>
/// A clinic's conversation on one order, as the pharmacy answers it: the order as the clinic sent it beside the messages,
/// which follow in the open page, and the reply form. Opening it marks the clinic's messages read.
/// </summary>
[AuthorizeAct(typeof(OpenConversation))]
public sealed class ConversationModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public PortalOrder Order { get; private set; } = null!;

    public MessageThread Thread { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetMessagesAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken) ? Partial("_MessageThread", Thread) : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await ModelState.TryAsync(() => sender.Send(new WriteToClinic(Id, Body ?? ""), cancellationToken).AsTask(), prefix: ""))
        {
            TempData["Success"] = "Your reply is sent; the clinic is told that the order has news.";
            return RedirectToPage(new { id = Id });
        }

        return await OpenAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var conversation = await sender.Send(new OpenConversation(Id), cancellationToken);
            Order = conversation.Order;
            Thread = new MessageThread(conversation.Messages, ReaderIsPharmacy: true, $"/Portal/Inbox/Conversation/{Id}");
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
