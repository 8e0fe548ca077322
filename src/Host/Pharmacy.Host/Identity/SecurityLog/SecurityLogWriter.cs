using Pharmacy.Host.Identity.SignIn;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Host.Identity.SecurityLog;

/// <summary>
/// Writes an event to the security log, with the client address and the person of the current request, and to the
/// application log so that monitoring sees refusals as they happen.
/// </summary>
public sealed class SecurityLogWriter(
    PharmacyIdentityDbContext db, IHttpContextAccessor http, ICurrentUser currentUser, TimeProvider clock, ILogger<SecurityLogWriter> logger)
{
    /// <param name="actor">Who did it, when it is not the person signed in (someone signing in is not signed in yet).</param>
    public async Task RecordAsync(SecurityEventKind kind, string userName, string detail = "", string? actor = null, CancellationToken cancellationToken = default)
    {
        var address = http.HttpContext is { } context ? ClientAddress.Of(context) : "";
        var entry = new SecurityEvent(clock.GetUtcNow(), kind, userName, actor ?? currentUser.Name, address, detail);
        db.SecurityLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        logger.Log(
            IsRefusal(kind) ? LogLevel.Warning : LogLevel.Information,
            "Security event {Kind} for {UserName} from {Address} by {Actor}: {Detail}",
            kind, entry.UserName, entry.Address, entry.Actor, entry.Detail);
    }

    private static bool IsRefusal(SecurityEventKind kind) =>
        kind is SecurityEventKind.SignInFailed or SecurityEventKind.SignInThrottled or SecurityEventKind.LockedOut or SecurityEventKind.SignatureRefused;
}
