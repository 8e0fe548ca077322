using Pharmacy.Shared.Kernel;

namespace Pharmacy.Host.Identity.SecurityLog;

/// <summary>What happened, in the words an administrator reads in the log. Stored by name, so the log reads the same after new kinds are added.</summary>
public enum SecurityEventKind
{
    SignedIn,

    [DisplayText("Sign-in failed")]
    SignInFailed,

    [DisplayText("Sign-in refused: too many attempts")]
    SignInThrottled,
    LockedOut,
    Unlocked,
    SignedOut,
    SignedOutEverywhere,
    PasswordChanged,

    [DisplayText("Password reset link issued")]
    PasswordResetIssued,

    [DisplayText("Password set from a link")]
    PasswordReset,
    UserCreated,
    RolesChanged,
    UserDisabled,
    UserEnabled,

    [DisplayText("API key created")]
    ApiKeyCreated,

    [DisplayText("API key revoked")]
    ApiKeyRevoked,

    [DisplayText("Portal user assigned to an organisation")]
    OrganisationAssigned,

    [DisplayText("Wrong signature password")]
    SignatureRefused,
}
