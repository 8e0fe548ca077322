using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Host.OpenApi;

/// <summary>
/// Says for each operation who may call it, from the same access rules that guard it: the API key scope it needs, or
/// that it serves signed-in staff only, or nobody in particular (anonymous).
/// </summary>
internal sealed class AccessOperationTransformer(IOptionsMonitor<CookieAuthenticationOptions> cookies) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return Task.CompletedTask;
        }

        var document = context.Document ?? throw new InvalidOperationException("The operation has no document to hold its security schemes.");
        // The cookie's name as the sign-in set-up configured it.
        SecuritySchemes.AddTo(document, cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name!);
        var rules = metadata.OfType<AuthorizationPolicy>().SelectMany(policy => policy.Requirements).OfType<AccessRequirement>().ToList();
        var signedIn = new OpenApiSecurityRequirement { [SecuritySchemes.SignInCookieReference(document)] = [] };
        var roles = rules.Count == 0 ? [] : rules.Select(rule => rule.Roles).Aggregate((all, next) => [.. all.Intersect(next)]);
        var rolesText = roles.Count == 0 ? "any signed-in person" : $"signed-in staff in the role {string.Join(" or ", roles)}";

        if (rules.Any(rule => rule.Scope is null))
        {
            // A person's act (a payment, a price, a signature): an API key never passes these rules.
            operation.Security = [signedIn];
            operation.Description = Append(operation.Description, $"For {rolesText} only; API keys cannot call this operation.");
            return Task.CompletedTask;
        }

        var scopes = rules.Select(rule => rule.Scope!).Distinct().ToList();
        // OpenAPI 3.1 lets a non-OAuth requirement list what it needs: here, the key's scopes.
        operation.Security = [new OpenApiSecurityRequirement { [SecuritySchemes.ApiKeyReference(document)] = scopes }, signedIn];
        operation.Description = Append(operation.Description, scopes.Count == 0
            ? $"Any API key, or {rolesText}."
            : $"An API key with the scope `{string.Join("` and `", scopes)}`, or {rolesText}.");
        return Task.CompletedTask;
    }

    private static string Append(string? description, string access) =>
        string.IsNullOrWhiteSpace(description) ? access : $"{description}\n\n{access}";
}
