using Microsoft.AspNetCore.Identity;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Host.Identity;

/// <summary>Re-checks a person's password for a signature; a wrong one counts toward lockout like a failed sign-in.</summary>
internal sealed class SignatureVerifier(UserManager<PharmacyUser> users) : ISignatureVerifier
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
            return SignatureCheck.LockedOut;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return SignatureCheck.Verified;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? SignatureCheck.LockedOut : SignatureCheck.WrongPassword;
    }
}
