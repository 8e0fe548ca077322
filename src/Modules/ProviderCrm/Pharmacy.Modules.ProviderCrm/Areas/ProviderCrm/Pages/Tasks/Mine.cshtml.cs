using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.ProviderCrm.Features.CompleteFollowUpTask;
using Pharmacy.Modules.ProviderCrm.Features.GetFollowUpTasks;
using Pharmacy.Modules.ProviderCrm.Features.GetMyTasks;
using Pharmacy.Shared.Web.Paging;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Tasks;

/// <summary>The signed-in account manager's open follow-up tasks, overdue ones first and marked.</summary>
[Authorize(Policy = CrmAccess.Write)]
public sealed class MineModel(ISender sender) : ListPageModel<FollowUpTaskRow>
{
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetMyTasks(PageNumber), cancellationToken);

    public async Task<IActionResult> OnPostDoneAsync(Guid taskId, CancellationToken cancellationToken)
    {
        if (await ModelState.TryAsync(() => sender.Send(new CompleteFollowUpTask(taskId), cancellationToken).AsTask(), "Done"))
        {
            TempData["Success"] = "The task is done.";
            return RedirectToPage();
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
