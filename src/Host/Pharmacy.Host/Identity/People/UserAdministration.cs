using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Pharmacy.Host.Identity.SecurityLog;
using Pharmacy.Host.Identity.SignIn;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Host.Identity.People;

/// <summary>
/// What an administrator does to people's accounts. Each act is written to the security log; acts that take access
/// away also change the security stamp, which ends the person's open sessions on their next request.
/// </summary>
public sealed class UserAdministration(
    UserManager<PharmacyUser> users, SignInFailures failures, SecurityLogWriter log, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<(PharmacyUser User, string PasswordLink)> CreateAsync(
        string? userName, string? displayName, string? email, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(userName))
        {
            errors.Add(new("UserName", "Enter a user name."));
        }
        else if (await users.FindByNameAsync(userName.Trim()) is not null)
        {
            errors.Add(new("UserName", "This user name is taken; choose another."));
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors.Add(new("DisplayName", "Enter the name shown on signatures, e.g. \"Dana Whitfield, PharmD\"."));
        }
        else if (displayName.Trim().Length > 200)
        {
            errors.Add(new("DisplayName", "Keep the name under 200 characters."));
        }

        if (roles.Count == 0)
        {
            errors.Add(new("Roles", "Choose at least one role."));
        }

        ThrowIfAny(errors);
        var user = new PharmacyUser
        {
            UserName = userName!.Trim(),
            DisplayName = displayName!.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            EmailConfirmed = !string.IsNullOrWhiteSpace(email),
        };
        ThrowIfFailed(await users.CreateAsync(user), "UserName");
        ThrowIfFailed(await users.AddToRolesAsync(user, roles), "Roles");
        await log.RecordAsync(SecurityEventKind.UserCreated, user.UserName, $"Roles: {string.Join(", ", roles.Order())}", cancellationToken: cancellationToken);
        return (user, await IssuePasswordLinkAsync(user, cancellationToken));
    }

    public async Task ChangeRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        if (roles.Count == 0)
        {
            ThrowIfAny([new("Roles", "Choose at least one role; to take all access away, disable the user.")]);
        }

        Check(new AnAdministratorKeepsTheirOwnAdminRoleRule(currentUser.Id, user.Id, roles));
        var current = await users.GetRolesAsync(user);
        ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(roles)), "Roles");
        ThrowIfFailed(await users.AddToRolesAsync(user, roles.Except(current)), "Roles");
        // No new stamp: the cookie's roles are read again from the database on every request (the stamp check),
        // so open sessions carry on with the new roles from their next page.
        await log.RecordAsync(SecurityEventKind.RolesChanged, user.UserName!,
            $"From {Describe(current)} to {Describe(roles)}", cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Binds a portal user to the organisation whose orders they place and follow (ADR 0017). A new stamp ends their open
    /// sessions, so no page is ever served with the organisation they had before.
    /// </summary>
    public async Task AssignOrganisationAsync(string userId, Guid organisationId, string organisationName, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        if (!await users.IsInRoleAsync(user, Roles.ProviderPortal))
        {
            ThrowIfAny([new("OrganisationId", "Only a provider portal user belongs to an organisation; give the user the ProviderPortal role first.")]);
        }

        var before = user.OrganisationName ?? "none";
        user.AssignToOrganisation(organisationId, organisationName);
        ThrowIfFailed(await users.UpdateAsync(user), "OrganisationId");
        await users.UpdateSecurityStampAsync(user);
        await log.RecordAsync(SecurityEventKind.OrganisationAssigned, user.UserName!, $"From {before} to {organisationName}", cancellationToken: cancellationToken);
    }

    public async Task DisableAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        Check(new AnAdministratorCannotDisableTheirOwnAccountRule(currentUser.Id, user.Id));
        user.Disable(clock.GetUtcNow());
        ThrowIfFailed(await users.UpdateAsync(user), "");
        await users.UpdateSecurityStampAsync(user);
        await log.RecordAsync(SecurityEventKind.UserDisabled, user.UserName!, "Open sessions ended", cancellationToken: cancellationToken);
    }

    public async Task EnableAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        user.Enable();
        ThrowIfFailed(await users.UpdateAsync(user), "");
        await log.RecordAsync(SecurityEventKind.UserEnabled, user.UserName!, cancellationToken: cancellationToken);
    }

    /// <summary>Lifts every lock: at each address that guessed wrong, and the account's own after wrong signature passwords.</summary>
    public async Task UnlockAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        failures.Forget(user.UserName!);
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null), "");
        ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "");
        await log.RecordAsync(SecurityEventKind.Unlocked, user.UserName!, cancellationToken: cancellationToken);
    }

    public async Task<string> IssuePasswordLinkAsync(string userId, CancellationToken cancellationToken) =>
        await IssuePasswordLinkAsync(await FindAsync(userId), cancellationToken);

    public bool IsLocked(PharmacyUser user) =>
        failures.IsLockedAnywhere(user.UserName!) || user.LockoutEnd > clock.GetUtcNow();

    /// <summary>
    /// A link to set a new password. The token carries the security stamp, which setting the password changes, so
    /// the link works once; it expires after Sessions:PasswordLinkLifetime.
    /// </summary>
    private async Task<string> IssuePasswordLinkAsync(PharmacyUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await log.RecordAsync(SecurityEventKind.PasswordResetIssued, user.UserName!, cancellationToken: cancellationToken);
        return $"/Account/SetPassword?user={Uri.EscapeDataString(user.Id)}&token={WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token))}";
    }

    private async Task<PharmacyUser> FindAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("User", userId);

    private static string Describe(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles.Order()) : "no role";

    private static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }

    private static void ThrowIfAny(List<ValidationFailure> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(error => new ValidationFailure(field, error.Description)));
        }
    }
}
