namespace Pharmacy.Host.Identity.SecurityLog;

/// <summary>
/// One event of the security log: who signed in or failed to, who changed whose access. Written once; no code path
/// changes or deletes it, and database triggers refuse UPDATE and DELETE. It names accounts, never patients, and
/// never holds a password.
/// </summary>
public sealed class SecurityEvent
{
    public const int UserNameLength = 256;
    public const int DetailLength = 500;

    private SecurityEvent()
    {
    }

    public SecurityEvent(DateTimeOffset occurredAt, SecurityEventKind kind, string userName, string actor, string address, string detail)
    {
        OccurredAt = occurredAt;
        Kind = kind;
        UserName = Clip(userName, UserNameLength);
        Actor = Clip(actor, 200);
        Address = Clip(address, 64);
        Detail = Clip(detail, DetailLength);
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public SecurityEventKind Kind { get; private set; }

    /// <summary>The account concerned; for a sign-in, the user name exactly as it was typed.</summary>
    public string UserName { get; private set; } = "";

    /// <summary>Who did it: the person signed in, or the one trying to.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>The client address the request came from.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Why, or what changed: a reason for a refusal, the roles after a change, the name of an API key.</summary>
    public string Detail { get; private set; } = "";

    // A typed user name can be anything an outsider sends; the log keeps what fits.
    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
