namespace Pharmacy.Host.Identity.SecurityLog;

/// <summary>What happened. Stored by name, so the log reads the same after new kinds are added.</summary>
public enum SecurityEventKind
{
    SignedIn,
    SignInFailed,
    SignInThrottled,
    LockedOut,
    Unlocked,
    SignedOut,
    SignedOutEverywhere,
    PasswordChanged,
    PasswordResetIssued,
    PasswordReset,
    UserCreated,
    RolesChanged,
    UserDisabled,
    UserEnabled,
    ApiKeyCreated,
    ApiKeyRevoked,
    SignatureRefused,
}

internal static class SecurityEventKinds
{
    /// <summary>The words an administrator reads in the log.</summary>
    public static string Describe(this SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignedIn => "Signed in",
        SecurityEventKind.SignInFailed => "Sign-in failed",
        SecurityEventKind.SignInThrottled => "Sign-in refused: too many attempts",
        SecurityEventKind.LockedOut => "Locked out",
        SecurityEventKind.Unlocked => "Unlocked",
        SecurityEventKind.SignedOut => "Signed out",
        SecurityEventKind.SignedOutEverywhere => "Signed out everywhere",
        SecurityEventKind.PasswordChanged => "Password changed",
        SecurityEventKind.PasswordResetIssued => "Password reset link issued",
        SecurityEventKind.PasswordReset => "Password set from a link",
        SecurityEventKind.UserCreated => "User created",
        SecurityEventKind.RolesChanged => "Roles changed",
        SecurityEventKind.UserDisabled => "User disabled",
        SecurityEventKind.UserEnabled => "User enabled",
        SecurityEventKind.ApiKeyCreated => "API key created",
        SecurityEventKind.ApiKeyRevoked => "API key revoked",
        SecurityEventKind.SignatureRefused => "Wrong signature password",
        _ => kind.ToString(),
    };
}
