using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Http;

namespace Pharmacy.Modules.Prescriptions.Fhir;

/// <summary>FHIR R4 JSON in and out (application/fhir+json), with the Firely SDK's own reader and writer.</summary>
internal static class FhirJson
{
    public const string MediaType = "application/fhir+json";

    /// <summary>A resource larger than this is not a prescription: refused before it is read.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static bool IsFhirJson(HttpRequest request) =>
        request.ContentType is { } type && (type.StartsWith(MediaType, StringComparison.OrdinalIgnoreCase)
                                            || type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase));

    public static Resource Read(string json) => JsonSerializer.Deserialize<Resource>(json, Options)!;

    public static IResult Write(Resource resource, int status = StatusCodes.Status200OK, string? location = null) =>
        new FhirResourceResult(JsonSerializer.Serialize(resource, resource.GetType(), Options), status, location);

    private sealed class FhirResourceResult(string json, int status, string? location) : IResult
    {
        public async System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = MediaType + "; charset=utf-8";
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }

            await httpContext.Response.WriteAsync(json);
        }
    }
}
