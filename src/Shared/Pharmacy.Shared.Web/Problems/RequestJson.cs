using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Pharmacy.Shared.Web.Problems;

/// <summary>
/// How the API reads JSON: what a request type says is required must be sent (a missing <c>refills</c> is an
/// error, not 0), null is refused where the type does not allow it, a field the API does not know is refused
/// rather than ignored (a misspelt field would otherwise vanish), and enums are read by name only.
/// </summary>
public static class RequestJson
{
    public static void Configure(JsonOptions options)
    {
        var json = options.SerializerOptions;
        json.RespectNullableAnnotations = true;
        json.RespectRequiredConstructorParameters = true;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        json.NumberHandling = JsonNumberHandling.Strict;
        json.MaxDepth = 16;
        json.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
    }
}
