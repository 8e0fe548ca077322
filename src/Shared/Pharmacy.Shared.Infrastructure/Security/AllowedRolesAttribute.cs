namespace Pharmacy.Shared.Infrastructure.Security;

/// <summary>
/// The roles whose people may run a command. Checked in the pipeline as well as at the page or endpoint, so that no
/// path around the UI reaches the act. Work of the system itself (integration event handlers) and API clients, whose
/// scopes are checked at the endpoint, pass.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>The user's roles do not allow the act.</summary>
public sealed class ForbiddenActException(string message) : Exception(message);
