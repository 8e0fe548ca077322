using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.SecurityLog;

namespace Pharmacy.Host.Pages.Account;

/// <summary>
/// Signing out ends the session on the server, not only in this browser: a new security stamp makes every copy of
/// the cookie worthless, and with it the person's sessions on other devices.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<PharmacyUser> signIn, UserManager<PharmacyUser> users, SecurityLogWriter log) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await EndSessionsAsync(SecurityEventKind.SignedOut, cancellationToken);

    public async Task<IActionResult> OnPostEverywhereAsync(CancellationToken cancellationToken) =>
        await EndSessionsAsync(SecurityEventKind.SignedOutEverywhere, cancellationToken);

    private async Task<IActionResult> EndSessionsAsync(SecurityEventKind kind, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await log.RecordAsync(kind, user.UserName!, cancellationToken: cancellationToken);
        }

        await signIn.SignOutAsync();
        return RedirectToPage(new { everywhere = kind == SecurityEventKind.SignedOutEverywhere ? "true" : null });
    }
}
