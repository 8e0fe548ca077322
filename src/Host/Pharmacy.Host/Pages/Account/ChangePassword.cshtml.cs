using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.SecurityLog;

namespace Pharmacy.Host.Pages.Account;

/// <summary>Everyone signed in changes their own password; their other sessions end, this one continues.</summary>
public sealed class ChangePasswordModel(UserManager<PharmacyUser> users, SignInManager<PharmacyUser> signIn, SecurityLogWriter log) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(CurrentPassword))
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Enter your current password.");
        }

        NewPasswordForm.Check(ModelState, NewPassword, ConfirmPassword);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword),
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "This is not your current password." : error.Description);
            }

            return Page();
        }

        await log.RecordAsync(SecurityEventKind.PasswordChanged, user.UserName!, "Other sessions ended", cancellationToken: cancellationToken);
        // The new stamp ended every session; this one is signed in again with it.
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Your password is changed. You stay signed in here; other sessions have ended.";
        return RedirectToPage();
    }
}

/// <summary>The checks every new password gets on a form before Identity's own rules.</summary>
internal static class NewPasswordForm
{
    public static void Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, string? newPassword, string? confirmPassword)
    {
        if (string.IsNullOrEmpty(newPassword))
        {
            modelState.AddModelError("NewPassword", "Enter a new password.");
        }
        else if (newPassword != confirmPassword)
        {
            modelState.AddModelError("ConfirmPassword", "The two new passwords are not the same.");
        }
    }
}
