using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Shared.Web.Forms;

/// <summary>
/// A record's page (a prescription, a batch, a release task) on which people act: it shows the record, runs each act
/// through the act's own access rule and form, and shows the record again, as it is now, with the act's errors.
/// </summary>
public abstract class RecordPageModel(ISender sender, ActAccess access) : PageModel
{
    protected ISender Sender => sender;

    /// <summary>The access rules of acts, for what a page shows only to some roles beside its record.</summary>
    protected ActAccess Acts => access;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await TryLoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Reads the record and what the page shows beside it; a record that does not exist throws <see cref="NotFoundException"/>.</summary>
    protected abstract Task LoadAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Runs one act when the act's access rule admits the person; the command's field errors land under
    /// <paramref name="form"/>, the name the act's form gives its fields.
    /// </summary>
    protected async Task<IActionResult> ActAsync(Guid id, string form, IBaseCommand command, string success, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync(command.GetType(), User))
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), form))
        {
            TempData["Success"] = success;
            return RedirectToPage(new { id });
        }

        return await TryLoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> TryLoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(id, cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
