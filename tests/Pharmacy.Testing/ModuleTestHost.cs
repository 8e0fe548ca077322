using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Testing;

/// <summary>
/// One module on its own SQLite file, migrated as at start-up, with the host's command pipeline (validation,
/// roles, signature, unit of work), a test clock and a test sign-in. With pages, it also serves the module's Razor pages
/// and API on a loopback port, inside the shared layout.
/// </summary>
/// <remarks>
/// Mediator's source generator writes <c>AddMediator</c> into the project that references it, for the handlers that
/// project sees; this library sees none. So each test project derives its own host and hands in a delegate that calls
/// its generated <c>AddMediator</c> with the pipeline behaviours.
/// </remarks>
public abstract class ModuleTestHost<TModule, TDbContext> : IAsyncDisposable
    where TModule : IModule, new()
    where TDbContext : ModuleDbContext
{
    private readonly string _folder;
    private readonly bool _withPages;
    private readonly WebApplication _app;

    protected ModuleTestHost(DateTimeOffset now, bool withPages, Action<IServiceCollection> addMediator)
    {
        ArgumentNullException.ThrowIfNull(addMediator);
        _withPages = withPages;
        Clock = new FakeTimeProvider(now);
        var module = new TModule();
        _folder = Path.Combine(Path.GetTempPath(), $"pharmacy-{module.Name.ToLowerInvariant()}-tests", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TModule).Assembly.GetName().Name,
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration["Database:SqliteDirectory"] = _folder;
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("PHARMACY_TEST_LOGS") == "1")
        {
            builder.Logging.AddConsole();
        }

        var services = builder.Services;
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(User);
        services.AddSingleton<ICurrentUser>(User);
        services.AddSingleton<ISignatureVerifier, TestSignatureVerifier>();
        services.AddPharmacyInfrastructure(builder.Configuration);
        addMediator(services);
        module.Register(services, builder.Configuration);
        // The relay needs Wolverine and the migrator runs by hand below: this host starts neither.
        foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == typeof(Inbox<>).Assembly).ToList())
        {
            services.Remove(hosted);
        }

        if (withPages)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            // The layout, pager and tag helpers come from the shared web library, as in the host.
            services.AddRazorPages().AddApplicationPart(typeof(NavigationRegistry).Assembly);
            services.AddPharmacyProblemDetails();
            services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
            services.AddSingleton(new NavigationRegistry(module.Navigation));
            services.AddSingleton<IAuthorizationHandler, AccessRequirementHandler>();
            services.AddAuthentication(TestSignIn.SchemeName).AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null);
        }

        _app = builder.Build();
        if (withPages)
        {
            _app.UseExceptionHandler();
            _app.UseRouting();
            _app.UseAuthentication();
            _app.UseAuthorization();
            module.MapEndpoints(_app);
            _app.MapRazorPages();
        }
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The host's data folder (Database:SqliteDirectory): the module's database file and its documents.</summary>
    public string DataFolder => _folder;

    public TestUser User { get; } = new();

    /// <summary>A browser-like client (cookies kept, redirects not followed) when the host serves pages.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Migrates the module's database and, with pages, starts serving; the derived host's StartAsync calls it.</summary>
    protected async Task StartCoreAsync()
    {
        await InDbAsync(db => db.Database.MigrateAsync());
        if (_withPages)
        {
            await _app.StartAsync();
            var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        }
    }

    public async Task<T> SendAsync<T>(ICommand<T> command)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<T> SendAsync<T>(IQuery<T> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    /// <summary>Delivers an integration event to a handler as Wolverine would: a fresh scope, the module's inbox.</summary>
    public async Task DeliverAsync(Func<Inbox<TDbContext>, ISender, Task> handle)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await handle(scope.ServiceProvider.GetRequiredService<Inbox<TDbContext>>(), scope.ServiceProvider.GetRequiredService<ISender>());
    }

    public AsyncServiceScope Scope() => _app.Services.CreateAsyncScope();

    public async Task<T> InDbAsync<T>(Func<TDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    public async Task InDbAsync(Func<TDbContext, Task> action)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; no result depends on it.
        }

        GC.SuppressFinalize(this);
    }
}
