using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pharmacy.Shared.Web.Security;

/// <summary>
/// An endpoint serves people in some roles and, where it is open to other systems, API keys with one scope.
/// An API key never passes a role check, and a person never passes on a scope.
/// </summary>
public sealed class AccessRequirement(string? scope, IReadOnlyList<string> roles) : IAuthorizationRequirement
{
    public string? Scope { get; } = scope;

    public IReadOnlyList<string> Roles { get; } = roles;
}

public sealed class AccessRequirementHandler : AuthorizationHandler<AccessRequirement>
{
    public const string ApiKeyScheme = "ApiKey";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        var user = context.User;
        var isApiClient = user.Identities.Any(identity => identity.IsAuthenticated && identity.AuthenticationType == ApiKeyScheme);
        var allowed = isApiClient
            ? requirement.Scope is { } scope && user.HasClaim(Scopes.ClaimType, scope)
            : requirement.Roles.Any(user.IsInRole);
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class AccessEndpointExtensions
{
    /// <summary>People in <paramref name="roles"/>, and API keys with <paramref name="scope"/> when one is given.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, string? scope, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy
            .RequireAuthenticatedUser()
            .AddRequirements(new AccessRequirement(scope, roles)))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

/// <summary>
/// One access rule of a module, defined once: its policy name (for pages: [Authorize(Policy = ...)], people in the
/// roles only), the API scope that also opens its endpoints to API keys, and the roles.
/// </summary>
public sealed record AccessRule(string Name, string? Scope, IReadOnlyList<string> Roles);

public static class AccessRuleExtensions
{
    /// <summary>Registers each rule as a named policy for pages: people in the rule's roles.</summary>
    public static IServiceCollection AddAccessRules(this IServiceCollection services, params AccessRule[] rules)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var rule in rules)
        {
            authorization.AddPolicy(rule.Name, policy => policy.RequireAuthenticatedUser().AddRequirements(new AccessRequirement(null, rule.Roles)));
        }

        return services;
    }

    /// <summary>People in the rule's roles, and API keys with the rule's scope.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, AccessRule rule)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAccess(rule.Scope, [.. rule.Roles]);
}
