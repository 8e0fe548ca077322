using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pharmacy.Host;

/// <summary>The readiness answer lists each module's database, so an operator sees which one is down.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        }));
    }
}
