using System.Security.Claims;
using System.Text.Encodings.Web;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Pipeline;
using Pharmacy.Shared.Web;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;
using Wolverine;

namespace Pharmacy.Modules.Reporting.Tests;

/// <summary>
/// The Reporting module alone in a host built the way Pharmacy.Host builds it (module registration, Mediator pipeline,
/// Wolverine, inbox, Razor pages, access rules) on a SQLite folder of its own. People are signed in by a header that
/// names their roles, in place of the host's cookie.
/// </summary>
public sealed class ReportingHost : IAsyncLifetime
{
    public const string RolesHeader = "X-Test-Roles";

    private readonly string _folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "pharmacy-reporting-host-tests", Guid.NewGuid().ToString("N"))).FullName;

    private WebApplication? _app;

    public WebApplication App => _app ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SqliteDirectory"] = _folder,
            ["Database:MigrateOnStartup"] = "true",
        });

        var module = new ReportingModule();
        var services = builder.Services;
        services.AddPharmacyInfrastructure(builder.Configuration);
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
        });
        module.Register(services, builder.Configuration);
        services.AddIntegrationHandlers([typeof(ReportingModule).Assembly]);
        var contexts = services.ModuleDbContextTypes();
        builder.Host.UseWolverine(options =>
        {
            options.ApplicationAssembly = typeof(ReportingModule).Assembly;
            options.UseModuleMessaging([typeof(ReportingModule).Assembly], contexts);
        });

        services.AddAuthentication(RolesHeaderAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, RolesHeaderAuthentication>(RolesHeaderAuthentication.SchemeName, null);
        services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>();
        services.AddSingleton(new NavigationRegistry(module.Navigation));
        services.AddRazorPages()
            .AddApplicationPart(typeof(ReportingModule).Assembly)
            .AddApplicationPart(typeof(WebServiceCollectionExtensions).Assembly);
        services.AddPharmacyProblemDetails();

        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.UseRouting();
        _app.UseAuthentication();
        _app.UseAuthorization();
        module.MapEndpoints(_app);
        _app.MapRazorPages();
        await _app.StartAsync();
    }

    public HttpClient ClientFor(params string[] roles)
    {
        var client = App.GetTestClient();
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.Add(RolesHeader, string.Join(',', roles));
        }

        return client;
    }

    /// <summary>
    /// Hands an event to its Reporting handler through Wolverine and waits for it to be applied, under the message id
    /// the relay would give it (the outbox row's id), so that a redelivery can be told apart from a new message.
    /// </summary>
    public async Task DeliverAsync(object integrationEvent, Guid messageId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var delivery = new DeliveryOptions().WithHeader(Inbox<ReportingDbContext>.MessageIdHeader, messageId.ToString());
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(integrationEvent, delivery);
    }

    public async Task<T> InScopeAsync<T>(Func<ReportingDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Signs in a person with the roles named in a header; no header, nobody signed in.</summary>
    private sealed class RolesHeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "TestRoles";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(RolesHeader, out var roles))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var claims = roles.ToString().Split(',').Select(role => new Claim(ClaimTypes.Role, role)).Prepend(new Claim(ClaimTypes.Name, "test-user"));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
        }
    }
}
