using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pharmacy.Shared.Web.Security;

public static class SecurityHeadersExtensions
{
    /// <summary>The environment the end-to-end tests run the host in: in memory, over plain HTTP.</summary>
    public const string TestingEnvironment = "Testing";

    /// <summary>
    /// No Server header; cookies (sign-in, antiforgery, messages between pages) only over HTTPS, except where the host
    /// serves plain HTTP on purpose (a developer's machine, the in-memory test host); HSTS for a year.
    /// </summary>
    public static WebApplicationBuilder AddPharmacySecurityHeaders(this WebApplicationBuilder builder)
    {
        var policy = ServesPlainHttp(builder.Environment) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // Post-configured, so the policy holds whatever the sign-in set-up configures for its own cookies.
        builder.Services.PostConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = policy);
        builder.Services.PostConfigure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = policy);
        builder.Services.PostConfigure<CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = policy);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>
    /// First in the pipeline, so that every answer carries the headers, errors included. Outside development and tests,
    /// plain HTTP is redirected to HTTPS and browsers are told (HSTS) to stay there.
    /// </summary>
    public static WebApplication UsePharmacySecurityHeaders(this WebApplication app, PathString apiReferencePath)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>(apiReferencePath);
        if (!ServesPlainHttp(app.Environment))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    private static bool ServesPlainHttp(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);
}
