using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Host.Identity.SignIn;

namespace Pharmacy.Host.Pages.Account;

[AllowAnonymous]
[SignInForm]
public sealed class SignInModel(PasswordSignIn passwordSignIn, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The rate limiter refused this attempt before the password was looked at, and lets this page say so.
        if (HttpContext.Items[RateLimits.SignInRefusedItem] is TimeSpan wait)
        {
            ModelState.AddModelError(string.Empty,
                $"Too many sign-in attempts from this computer. Wait {Describe(wait)} and try again.");
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        if (string.IsNullOrWhiteSpace(UserName))
        {
            ModelState.AddModelError(nameof(UserName), "Enter your user name.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await passwordSignIn.SignInAsync(UserName!, Password!, cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, outcome switch
        {
            { IsLocked: true, LockedUntil: { } until } =>
                $"This account is locked after too many wrong passwords. Try again in {Describe(until - clock.GetUtcNow())} or ask an administrator to unlock it.",
            { IsDisabled: true } => "This account is disabled. Ask an administrator if you need access again.",
            _ => "The user name or password is not correct.",
        });
        return Page();
    }

    private static string Describe(TimeSpan wait) => wait.TotalSeconds < 90
        ? $"{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds"
        : $"{(int)Math.Ceiling(wait.TotalMinutes)} minutes";
}
