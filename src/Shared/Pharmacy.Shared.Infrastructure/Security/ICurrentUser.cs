namespace Pharmacy.Shared.Infrastructure.Security;

/// <summary>Who is acting: a signed-in person, an external system with an API key, or the system itself.</summary>
public interface ICurrentUser
{
    /// <summary>The user's id, the API client's id, or "system".</summary>
    string Id { get; }

    /// <summary>A name people recognise in an audit trail.</summary>
    string Name { get; }

    bool IsPerson { get; }

    bool IsApiClient { get; }

    bool IsInRole(string role);
}

/// <summary>The actor of work nobody started directly: integration event handlers, start-up, the relay.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    public string Id => "system";

    public string Name => "System";

    public bool IsPerson => false;

    public bool IsApiClient => false;

    public bool IsInRole(string role) => false;
}
