namespace Pharmacy.Shared.Infrastructure.Security;

/// <summary>
/// Who may do one kind of act, declared once in a module's access class: its name (what a command names with
/// <see cref="AccessAttribute"/>, and the policy a page asks), the API scope that also opens the act's endpoints to API
/// keys (none: people only), and the roles of the people it admits.
/// </summary>
public sealed record AccessRule(string Name, string? Scope, IReadOnlyList<string> Roles);

/// <summary>
/// The access rule of an act a person can ask for (a command, or a query that is not for everyone who reads the module),
/// by the rule's name. The pipeline refuses a person outside the rule's roles, the endpoint that sends the act requires
/// the rule, and a page asks it before it offers the act's form: one declaration for all three.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class AccessAttribute(string rule) : Attribute
{
    public string Rule { get; } = rule;
}

/// <summary>The user's roles do not allow the act.</summary>
public sealed class ForbiddenActException(string message) : Exception(message);
