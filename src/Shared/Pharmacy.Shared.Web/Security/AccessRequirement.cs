using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pharmacy.Shared.Infrastructure.Security;

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

/// <summary>The act an endpoint sends, and the access rule the endpoint requires for it (read from the act).</summary>
public sealed record ActAccessMetadata(Type Act, AccessRule Rule);

public static class AccessRuleExtensions
{
    /// <summary>
    /// Declares the module's rules: each joins the registry the pipeline, the endpoints and the pages read
    /// (<see cref="AccessRules"/>), and is a named policy for pages (people in the rule's roles; pages never serve API keys).
    /// </summary>
    public static IServiceCollection AddAccessRules(this IServiceCollection services, params AccessRule[] rules)
    {
        services.TryAddSingleton<AccessRules>();
        services.TryAddScoped<ActAccess>();
        var authorization = services.AddAuthorizationBuilder();
        foreach (var rule in rules)
        {
            services.AddSingleton(rule);
            authorization.AddPolicy(rule.Name, policy => policy.RequireAuthenticatedUser().AddRequirements(new AccessRequirement(null, rule.Roles)));
        }

        return services;
    }

    /// <summary>People in the rule's roles, and API keys with the rule's scope.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, AccessRule rule)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAccess(rule.Scope, [.. rule.Roles]);

    /// <summary>
    /// The endpoint sends <typeparamref name="TAct"/>, so it requires the access rule the act names: people in the
    /// rule's roles, and API keys with its scope. The rule is looked up when the endpoint is built; an act that names
    /// no declared rule stops the endpoints from being built at all.
    /// </summary>
    public static RouteHandlerBuilder RequireAccessTo<TAct>(this RouteHandlerBuilder builder)
    {
        builder.Add(endpoint =>
        {
            var rule = endpoint.ApplicationServices.GetRequiredService<AccessRules>().Of<TAct>();
            if (!endpoint.Metadata.Any(metadata => metadata is IAuthorizeData))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute());
            }

            endpoint.Metadata.Add(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new AccessRequirement(rule.Scope, rule.Roles)).Build());
            endpoint.Metadata.Add(new ActAccessMetadata(typeof(TAct), rule));
        });
        return builder.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
