using Microsoft.OpenApi;
using Pharmacy.Host.Identity;

namespace Pharmacy.Host.OpenApi;

/// <summary>The two ways to call the API: an external system's key, or a person's sign-in cookie (the staff pages).</summary>
internal static class SecuritySchemes
{
    public const string ApiKey = "ApiKey";
    public const string SignInCookie = "SignInCookie";

    public static OpenApiSecuritySchemeReference ApiKeyReference(OpenApiDocument document) => new(ApiKey, document);

    public static OpenApiSecuritySchemeReference SignInCookieReference(OpenApiDocument document) => new(SignInCookie, document);

    public static void AddTo(OpenApiDocument document, string signInCookieName)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes.TryAdd(ApiKey, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "A key an administrator creates under Administration → API keys, with the scopes the system needs. " +
                "It is shown once; send it in this header.",
        });
        document.Components.SecuritySchemes.TryAdd(SignInCookie, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = signInCookieName,
            Description = "The cookie of a person signed in on the staff pages (/Account/SignIn), within their roles.",
        });
    }
}
