using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.ProviderCrm.Features.GetDocumentFile;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Documents;

/// <summary>
/// Serves one document's file to the roles that may see documents. To anyone else the document does not exist (404), so
/// that a guessed or shared link tells nothing.
/// </summary>
[Authorize]
public sealed class DownloadModel(ISender sender, ActAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync(typeof(GetDocumentFile), User))
        {
            return NotFound();
        }

        try
        {
            var file = await sender.Send(new GetDocumentFile(id), cancellationToken);
            Response.Headers.CacheControl = "private, no-store";
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
