using Mediator;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.Prescriptions.Features.GetPossibleDuplicatePatients;
using Pharmacy.Modules.Prescriptions.Features.KeepPatientsSeparate;
using Pharmacy.Modules.Prescriptions.Features.MergePatients;
using Pharmacy.Shared.Web.Paging;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>
/// Records intake flagged as possibly the same person as an existing one (same name and date of birth, another sex or
/// state): a pharmacist merges them or keeps them separate. Each decision is its own act and form.
/// </summary>
[AuthorizeAct(typeof(MergePatients))]
public sealed class PatientDuplicatesModel(ISender sender, ActAccess access) : ListPageModel<PossibleDuplicate>
{
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetPossibleDuplicatePatients(PageNumber), cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(Guid duplicateId, Guid keptId, CancellationToken cancellationToken) =>
        DecideAsync(new MergePatients(duplicateId, keptId), "The records are merged: the prescriptions now belong to the kept record.", cancellationToken);

    public Task<IActionResult> OnPostKeepAsync(Guid duplicateId, CancellationToken cancellationToken) =>
        DecideAsync(new KeepPatientsSeparate(duplicateId), "The records are kept as two patients.", cancellationToken);

    private async Task<IActionResult> DecideAsync(IBaseCommand command, string success, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync(command.GetType(), User))
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), ""))
        {
            TempData["Success"] = success;
            return RedirectToPage();
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
