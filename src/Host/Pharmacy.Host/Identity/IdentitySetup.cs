using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pharmacy.Host.Identity.People;
using Pharmacy.Host.Identity.SecurityLog;
using Pharmacy.Host.Identity.SignIn;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Host.Identity;

internal static class IdentitySetup
{
    private const string SmartScheme = "CookieOrApiKey";

    /// <summary>
    /// People sign in with a password (cookie); external systems send an API key. Every page and endpoint requires one of
    /// them unless it says otherwise (sign-in, health, the API description).
    /// </summary>
    public static IServiceCollection AddPharmacyIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<PharmacyIdentityDbContext>((provider, options) => ModuleDatabase.Configure(
            options, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value, configuration, PharmacyIdentityDbContext.SchemaName));
        services.AddHealthChecks().AddDbContextCheck<PharmacyIdentityDbContext>("identity-database", tags: ["ready"]);

        services.Configure<SignInSettings>(configuration.GetSection(SignInSettings.Section));
        services.Configure<SessionSettings>(configuration.GetSection(SessionSettings.Section));
        var signInSettings = configuration.GetSection(SignInSettings.Section).Get<SignInSettings>() ?? new SignInSettings();
        var sessions = configuration.GetSection(SessionSettings.Section).Get<SessionSettings>() ?? new SessionSettings();
        services.AddIdentity<PharmacyUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                // The account's own lockout counts wrong signature passwords; sign-in counts per address (ADR 0007).
                options.Lockout.MaxFailedAccessAttempts = signInSettings.LockoutAfter;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PharmacyIdentityDbContext>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = sessions.PasswordLinkLifetime);
        // Every request checks the security stamp, so signing out, a new password or a disabled account ends a
        // session at once, even for a copy of its cookie.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "pharmacy.auth";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = sessions.IdleTimeout;
            // An API call answers with a status code, never with a redirect to a sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication(options =>
            {
                // AddIdentity makes the cookie the default for authenticating; the smart scheme must replace it there too.
                options.DefaultScheme = SmartScheme;
                options.DefaultAuthenticateScheme = SmartScheme;
                options.DefaultChallengeScheme = SmartScheme;
                options.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? AccessRequirementHandler.ApiKeyScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AccessRequirementHandler.ApiKeyScheme, null);
        services.AddSingleton<ApiKeyCache>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(HostPolicies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(HostPolicies.Staff, policy => policy.RequireRole(Roles.Staff));
        services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>();

        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentUser>();
        services.Replace(ServiceDescriptor.Scoped<ICurrentUser>(provider => provider.GetRequiredService<HttpCurrentUser>()));
        services.Replace(ServiceDescriptor.Scoped<ICurrentOrganisation>(provider => provider.GetRequiredService<HttpCurrentUser>()));
        services.AddScoped<ISignatureVerifier, SignatureVerifier>();
        services.AddScoped<SecurityLogWriter>();
        services.AddSingleton<SignInFailures>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<UserAdministration>();
        services.AddPharmacyRateLimits(configuration);
        services.AddScoped<IUserClaimsPrincipalFactory<PharmacyUser>, PharmacyClaimsFactory>();
        services.AddHostedService<IdentitySeeder>();
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/fhir"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

internal static class HostPolicies
{
    public const string Admin = "host.admin";
    public const string Staff = "host.staff";
}

/// <summary>Adds the display name, which the audit trail and signatures show, to the sign-in cookie.</summary>
internal sealed class PharmacyClaimsFactory(UserManager<PharmacyUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PharmacyUser, IdentityRole>(users, roles, options)
{
    protected override async Task<System.Security.Claims.ClaimsIdentity> GenerateClaimsAsync(PharmacyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new System.Security.Claims.Claim("display_name", string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName! : user.DisplayName));
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new System.Security.Claims.Claim(OrganisationClaims.ClaimType, organisation.ToString()));
        }

        return identity;
    }
}
