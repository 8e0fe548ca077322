using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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
