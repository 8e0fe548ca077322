using Microsoft.AspNetCore.Identity;
using Pharmacy.Host.Identity.SecurityLog;

namespace Pharmacy.Host.Identity.SignIn;

/// <summary>
/// Signs a person in with their password. The attempts of one user name from one address run one at a time, so no
/// burst of guesses gets past the configured count; an unknown user name costs the same password hash as a real one,
/// so the answer's timing does not tell which user names exist; every refusal is written to the security log.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<PharmacyUser> users,
    SignInManager<PharmacyUser> signIn,
    IPasswordHasher<PharmacyUser> hasher,
    SignInFailures failures,
    SecurityLogWriter log,
    IHttpContextAccessor http)
{
    public const string LockedHere = "Locked at this address after too many wrong passwords";
    private static string? _unknownUserHash;

    public async Task<SignInOutcome> SignInAsync(string typedUserName, string password, CancellationToken cancellationToken)
    {
        var key = SignInFailures.KeyOf(typedUserName, ClientAddress.Of(http.HttpContext!));
        using (await failures.LockFor(key, cancellationToken))
        {
            if (failures.LockedUntil(key) is { } lockedUntil)
            {
                await RefusedAsync(typedUserName, LockedHere, cancellationToken);
                return SignInOutcome.Locked(lockedUntil);
            }

            var user = await users.FindByNameAsync(typedUserName.Trim());
            var passwordIsRight = user is null ? CheckAgainstNobody(password) : await users.CheckPasswordAsync(user, password);
            if (!passwordIsRight)
            {
                var lockedNow = failures.Fail(key);
                await RefusedAsync(typedUserName, user is null ? "Unknown user name" : "Wrong password", cancellationToken);
                if (lockedNow is { } until)
                {
                    await log.RecordAsync(SecurityEventKind.LockedOut, typedUserName, $"{LockedHere}, until {until:yyyy-MM-dd HH:mm} UTC", typedUserName, cancellationToken);
                    return SignInOutcome.Locked(until);
                }

                return SignInOutcome.WrongPassword;
            }

            if (user!.IsDisabled)
            {
                await RefusedAsync(typedUserName, "The account is disabled", cancellationToken);
                return SignInOutcome.Disabled;
            }

            if (await users.IsLockedOutAsync(user))
            {
                await RefusedAsync(typedUserName, "The account is locked after wrong signature passwords", cancellationToken);
                return SignInOutcome.Locked(user.LockoutEnd!.Value);
            }

            failures.Succeed(key);
            await users.ResetAccessFailedCountAsync(user);
            await signIn.SignInAsync(user, isPersistent: false);
            await log.RecordAsync(SecurityEventKind.SignedIn, user.UserName!, actor: user.DisplayName, cancellationToken: cancellationToken);
            return SignInOutcome.SignedIn;
        }
    }

    private Task RefusedAsync(string typedUserName, string reason, CancellationToken cancellationToken) =>
        log.RecordAsync(SecurityEventKind.SignInFailed, typedUserName, reason, typedUserName, cancellationToken);

    // The same PBKDF2 work as a real user's check, against a hash of a random secret nobody knows.
    private bool CheckAgainstNobody(string password)
    {
        var nobody = new PharmacyUser();
        _unknownUserHash ??= hasher.HashPassword(nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(nobody, _unknownUserHash, password);
        return false;
    }
}

/// <summary>The answer to a sign-in attempt, and what the person is told.</summary>
public sealed record SignInOutcome(bool Succeeded, bool IsLocked, DateTimeOffset? LockedUntil, bool IsDisabled)
{
    public static readonly SignInOutcome SignedIn = new(true, false, null, false);
    public static readonly SignInOutcome WrongPassword = new(false, false, null, false);
    public static readonly SignInOutcome Disabled = new(false, false, null, true);

    public static SignInOutcome Locked(DateTimeOffset until) => new(false, true, until, false);
}
