using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.SecurityLog;

namespace Pharmacy.Host.Pages.Account;

/// <summary>
/// Where a one-time link from an administrator leads: a new user chooses a first password, or a person who forgot
/// theirs chooses a new one. Setting it changes the security stamp, so the link works once.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(UserManager<PharmacyUser> users, SecurityLogWriter log) : PageModel
{
    private const string Purpose = UserManager<PharmacyUser>.ResetPasswordTokenPurpose;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool LinkIsValid { get; private set; }

    public string? UserName { get; private set; }

    public async Task OnGetAsync()
    {
        var (user, token) = await ReadLinkAsync();
        LinkIsValid = user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, Purpose, token!);
        UserName = LinkIsValid ? user!.UserName : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (user, token) = await ReadLinkAsync();
        LinkIsValid = user is not null;
        UserName = user?.UserName;
        if (user is null)
        {
            return Page();
        }

        NewPasswordForm.Check(ModelState, NewPassword, ConfirmPassword);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, token!, NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(error => error.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                LinkIsValid = false;
                return Page();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(NewPassword), error.Description);
            }

            return Page();
        }

        await log.RecordAsync(SecurityEventKind.PasswordReset, user.UserName!, actor: user.DisplayName, cancellationToken: cancellationToken);
        TempData["Success"] = "Your password is set. Sign in with it now.";
        return RedirectToPage("/Account/SignIn");
    }

    private async Task<(PharmacyUser? User, string? Token)> ReadLinkAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token))
        {
            return (null, null);
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
        }
        catch (FormatException)
        {
            return (null, null);
        }

        return (await users.FindByIdAsync(UserId), token);
    }
}
