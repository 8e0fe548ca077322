using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Pharmacy.Shared.Web.Problems;

/// <summary>Which requests are the API's (answered with ProblemDetails) and which are pages (answered with HTML).</summary>
public static class ApiRequests
{
    private static readonly PathString[] ApiPaths = ["/api", "/fhir", "/openapi"];

    /// <summary>
    /// While an exception is handled the request already points at the error page; the path asked for is kept in
    /// the exception handler's feature, and that is the one that decides.
    /// </summary>
    public static bool IsApi(HttpContext context)
    {
        var path = context.Features.Get<IExceptionHandlerFeature>()?.Path is { } original ? new PathString(original) : context.Request.Path;
        return ApiPaths.Any(api => path.StartsWithSegments(api));
    }
}
