using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>Every answer tells the browser to run only the app's own files, to sniff nothing, to frame nothing.</summary>
public sealed class SecurityHeadersTests : IClassFixture<PharmacyApp>
{
    /// <summary>No inline script and no inline style: a page that needs either fails in the browser, and in the page test.</summary>
    private static readonly string[] RequiredDirectives =
    [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'",
        "base-uri 'self'", "form-action 'self'", "object-src 'none'",
    ];

    private readonly PharmacyApp _app;

    public SecurityHeadersTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task A_page_carries_the_security_headers()
    {
        var response = await _app.CreateClient().GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task An_API_answer_carries_the_security_headers()
    {
        var response = await _app.ApiClient().GetAsync("/api/prescriptions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task An_error_carries_the_security_headers()
    {
        var missing = await _app.ApiClient().GetAsync($"/api/prescriptions/{Guid.NewGuid()}");
        var refused = await _app.CreateClient().GetAsync("/api/prescriptions");
        // Unreadable JSON is thrown and answered by the exception handler, which clears the headers set so far.
        var unreadable = await _app.ApiClient().PostAsync("/api/prescriptions", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        var unknownPage = await (await _app.SignedInAsync("admin")).GetAsync("/No/Such/Page");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
        AssertSecurityHeaders(missing);
        AssertSecurityHeaders(refused);
        AssertSecurityHeaders(unreadable);
        AssertSecurityHeaders(unknownPage);
    }

    [Fact]
    public async Task The_API_reference_may_run_only_its_own_files_and_its_one_start_up_script()
    {
        var response = await _app.CreateClient().GetAsync("/api-reference/");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("script-src 'self' 'sha256-[A-Za-z0-9+/=]+';", policy);
        Assert.DoesNotContain("'unsafe-eval'", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policy), $"{path} has no Content-Security-Policy");
        var directives = Assert.Single(policy).Split(';', StringSplitOptions.TrimEntries);
        Assert.All(RequiredDirectives, directive => Assert.Contains(directive, directives));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.Contains("microphone=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.Contains("geolocation=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.False(response.Headers.Contains("Server"), $"{path} names its server");
    }
}

/// <summary>The host as it runs for the pharmacy: not in development, not under test.</summary>
public sealed class ProductionApp : PharmacyApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        // Behind the pharmacy's proxy the public HTTPS port is 443.
        builder.UseSetting("https_port", "443");
    }
}

public sealed class TransportSecurityTests : IClassFixture<ProductionApp>
{
    private static readonly Uri PublicHost = new("https://pharmacy.example");
    private readonly ProductionApp _app;

    public TransportSecurityTests(ProductionApp app) => _app = app;

    [Fact]
    public async Task Outside_development_plain_HTTP_is_sent_to_HTTPS()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://pharmacy.example") });

        var response = await client.GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(new Uri(PublicHost, "/Account/SignIn"), response.Headers.Location);
    }

    [Fact]
    public async Task Outside_development_browsers_are_told_to_stay_on_HTTPS_and_cookies_are_secure()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = PublicHost });

        var response = await client.GetAsync("/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        var cookies = response.Headers.GetValues("Set-Cookie").Where(cookie => !cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }
}
