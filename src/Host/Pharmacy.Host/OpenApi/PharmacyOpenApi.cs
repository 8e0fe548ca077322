using Scalar.AspNetCore;

namespace Pharmacy.Host.OpenApi;

/// <summary>The API's OpenAPI document (/openapi/v1.json), fit for client generators, and its reference page.</summary>
internal static class PharmacyOpenApi
{
    public const string ReferencePath = "/api-reference";

    public static IServiceCollection AddPharmacyOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options
            .AddSchemaTransformer<NumberSchemaTransformer>()
            .AddOperationTransformer<AccessOperationTransformer>()
            .AddDocumentTransformer<DocumentTransformer>());

    /// <summary>
    /// Scalar serves its scripts from the app itself, under this path; the pharmacy may be offline, so nothing may come
    /// from Scalar's own hosts: not its fonts, not its telemetry, not its AI agent.
    /// </summary>
    public static IEndpointConventionBuilder MapPharmacyApiReference(this WebApplication app) =>
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle(DocumentTransformer.Title)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent())
            .AllowAnonymous();
}
