using Microsoft.AspNetCore.Identity;
using Pharmacy.Host.Identity.SecurityLog;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Host.Identity;

/// <summary>
/// Re-checks a person's password for a signature; a wrong one counts toward lockout like a failed sign-in and is
/// written to the security log.
/// </summary>
internal sealed class SignatureVerifier(UserManager<PharmacyUser> users, SecurityLogWriter log) : ISignatureVerifier
{
    public async Task<SignatureCheck> VerifyAsync(string userId, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return SignatureCheck.WrongPassword;
        }

        if (await users.IsLockedOutAsync(user))
        {
            await log.RecordAsync(SecurityEventKind.SignatureRefused, user.UserName!, "The account is locked", user.DisplayName, cancellationToken);
            return SignatureCheck.LockedOut;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return SignatureCheck.Verified;
        }

        await users.AccessFailedAsync(user);
        var locked = await users.IsLockedOutAsync(user);
        await log.RecordAsync(SecurityEventKind.SignatureRefused, user.UserName!, "Wrong password", user.DisplayName, cancellationToken);
        if (locked)
        {
            await log.RecordAsync(SecurityEventKind.LockedOut, user.UserName!, "Locked after wrong signature passwords", user.DisplayName, cancellationToken);
        }

        return locked ? SignatureCheck.LockedOut : SignatureCheck.WrongPassword;
    }
}
