namespace Pharmacy.Host.Identity.SignIn;

/// <summary>
/// The SignIn section: how many wrong passwords from one address lock a user name there, and for how long. Each
/// further lock of the same user name at the same address lasts twice as long as the one before, up to the maximum.
/// </summary>
public sealed class SignInSettings
{
    public const string Section = "SignIn";

    public int LockoutAfter { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MaxLockoutDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an address's failures for a user name are remembered after the last one.</summary>
    public TimeSpan ForgetFailuresAfter { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>The Sessions section: how long a session lives without use, and how long a password link stays valid.</summary>
internal sealed class SessionSettings
{
    public const string Section = "Sessions";

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan PasswordLinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
