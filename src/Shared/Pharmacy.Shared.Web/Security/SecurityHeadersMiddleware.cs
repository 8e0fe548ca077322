using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Pharmacy.Shared.Web.Security;

/// <summary>
/// Puts the browser's safety headers on every answer: pages, API responses, static files and errors alike. They are
/// set when the response starts, so an error page written after the exception handler cleared the headers still
/// carries them, and a new page gets them by existing.
/// </summary>
public sealed partial class SecurityHeadersMiddleware(RequestDelegate next, PathString apiReferencePath)
{
    /// <summary>No inline script or style anywhere: every page's script and style come from the app's own files.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; " +
        "base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>Powerful browser features the pharmacy never uses, switched off for every page and any frame in it.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsApiReferencePage(context.Request.Path))
        {
            context.Response.OnStarting(() => Apply(context.Response, ContentSecurityPolicy));
            await next(context);
            return;
        }

        // Scalar's page (its HTML, not its script files) starts itself with one inline module script whose text
        // carries our configuration. Rather than allowing inline script, the page is buffered (a few hundred bytes)
        // and exactly that script is allowed by its hash.
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var policy = ApiReferencePolicy(buffer.ToArray());
        context.Response.OnStarting(() => Apply(context.Response, policy));
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>
    /// The narrowest policy under which the API reference works: its scripts are served by the app under the reference's
    /// own path (Scalar.AspNetCore embeds them; nothing comes from a CDN, and the default fonts from Scalar's font host
    /// are switched off where the page is mapped), plus its one inline start-up script by hash. Scalar injects its
    /// stylesheet and sets element styles at run time, so this page alone allows inline style; style cannot run code.
    /// </summary>
    private static string ApiReferencePolicy(byte[] html)
    {
        var hashes = InlineScript().Matches(Encoding.UTF8.GetString(html))
            .Select(match => $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(match.Groups["body"].Value)))}'");
        return $"default-src 'self'; script-src 'self'{string.Concat(hashes)}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    }

    /// <summary>The reference's pages (one per document, with or without its name); its assets all have a file extension.</summary>
    private bool IsApiReferencePage(PathString path) =>
        apiReferencePath.HasValue && path.StartsWithSegments(apiReferencePath) && !Path.HasExtension(path.Value);

    private static Task Apply(HttpResponse response, string contentSecurityPolicy)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        // Older browsers ignore frame-ancestors; this says the same to them.
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.Remove("X-Powered-By");
        return Task.CompletedTask;
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
