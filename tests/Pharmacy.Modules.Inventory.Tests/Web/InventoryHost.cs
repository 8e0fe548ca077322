using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pharmacy.Modules.Inventory.DemoData;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Pipeline;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;
using Wolverine;

namespace Pharmacy.Modules.Inventory.Tests.Web;

/// <summary>
/// The Inventory module alone in a web host, composed as the real host composes it (Mediator pipeline, Wolverine,
/// pages, endpoints, access rules), on its own SQLite file, seeded with the demo stock room, at a fixed "today".
/// People sign in by headers; their password for signing is <see cref="Password"/>.
/// </summary>
public sealed class InventoryHost : IAsyncLifetime
{
    public const string Password = "Correct-horse-7";
    private readonly string _folder =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pharmacy-inventory-web-tests", Guid.NewGuid().ToString("N"))).FullName;

    private WebApplication _app = null!;

    public IServiceProvider Services => _app.Services;

    public async Task InitializeAsync()
    {
        var module = new InventoryModule();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Razor Pages are found in the application assembly and the libraries it references (the shared layout).
            ApplicationName = typeof(InventoryModule).Assembly.GetName().Name,
            EnvironmentName = Environments.Development,
        });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:SqliteDirectory"] = _folder });
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("PHARMACY_TEST_LOGS") == "1")
        {
            builder.Logging.AddConsole();
        }

        var services = builder.Services;
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(StockRoom.Now));
        services.AddPharmacyInfrastructure(builder.Configuration);
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(SignatureBehavior<,>),
                typeof(UnitOfWorkBehavior<,>),
            ];
        });
        module.Register(services, builder.Configuration);
        var assemblies = new[] { typeof(InventoryModule).Assembly };
        services.AddIntegrationHandlers(assemblies);
        var contexts = services.ModuleDbContextTypes();
        builder.Host.UseWolverine(options =>
        {
            options.ApplicationAssembly = typeof(InventoryModule).Assembly;
            options.UseModuleMessaging(assemblies, contexts);
        });

        services.AddSingleton(new NavigationRegistry(module.Navigation));
        // The host finds the shared layout among its own dependencies; a test assembly is no such entry point.
        services.AddRazorPages().AddApplicationPart(typeof(NavigationRegistry).Assembly);
        services.AddPharmacyProblemDetails();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddAuthentication(HeaderAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>();
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Scoped<ICurrentUser, HttpCurrentUser>());
        services.AddSingleton<ISignatureVerifier, PasswordIs>();

        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.UseStatusCodePages();
        _app.UseRouting();
        _app.UseAuthentication();
        _app.UseAuthorization();
        module.MapEndpoints(_app);
        _app.MapRazorPages();
        await _app.StartAsync();

        await using var scope = _app.Services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(seeder => seeder.Order))
        {
            await seeder.SeedAsync(new DemoDataContext(RandomSeed: 20261129, now), CancellationToken.None);
        }
    }

    /// <summary>A browser of someone signed in with these roles (no roles: nobody signed in).</summary>
    public HttpClient ClientFor(string name, params string[] roles)
    {
        var client = Browser();
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.Add(HeaderAuthentication.UserHeader, name);
            client.DefaultRequestHeaders.Add(HeaderAuthentication.RolesHeader, string.Join(',', roles));
        }

        return client;
    }

    /// <summary>Another system calling with an API key that carries this scope.</summary>
    public HttpClient ApiClientWith(string scope)
    {
        var client = Browser();
        client.DefaultRequestHeaders.Add(HeaderAuthentication.ScopeHeader, scope);
        return client;
    }

    /// <summary>Keeps cookies (antiforgery, TempData) and follows redirects, as a browser does.</summary>
    private HttpClient Browser() =>
        new(new RedirectHandler { InnerHandler = new CookieContainerHandler { InnerHandler = _app.GetTestServer().CreateHandler() } })
        {
            BaseAddress = new Uri("http://localhost"),
        };

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class PasswordIs : ISignatureVerifier
    {
        public Task<SignatureCheck> VerifyAsync(string userId, string password, CancellationToken cancellationToken) =>
            Task.FromResult(password == Password ? SignatureCheck.Verified : SignatureCheck.WrongPassword);
    }
}

/// <summary>Signs the request in as the person or API client its headers name; no header, nobody.</summary>
internal sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Headers";
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";
    public const string ScopeHeader = "X-Test-Scope";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.TryGetValue(ScopeHeader, out var scope))
        {
            var client = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, "api-client-1"), new Claim(Scopes.ClaimType, scope.ToString())], AccessRequirementHandler.ApiKeyScheme);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(client), SchemeName)));
        }

        if (!Request.Headers.TryGetValue(UserHeader, out var name))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, $"user-{name}"), new(ClaimTypes.Name, name.ToString()), new("display_name", name.ToString()) };
        claims.AddRange(Request.Headers[RolesHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(role => new Claim(ClaimTypes.Role, role)));
        var person = new ClaimsIdentity(claims, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(person), SchemeName)));
    }
}
