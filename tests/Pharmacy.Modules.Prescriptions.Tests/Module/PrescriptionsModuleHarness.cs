using System.Reflection;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Pipeline;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Tests.Module;

/// <summary>
/// The Prescriptions module on a real SQLite file of its own, migrated as at start-up, with the command pipeline the
/// host assembles (validation, signature, unit of work with domain events, outbox and audit). Only the host generates
/// Mediator's dispatch code, so commands are handed to their handlers here through the same behaviours.
/// </summary>
internal sealed class PrescriptionsModuleHarness : IAsyncDisposable
{
    private static readonly Assembly ModuleAssembly = typeof(PrescriptionsModule).Assembly;
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private PrescriptionsModuleHarness(ServiceProvider services, string folder)
    {
        _services = services;
        _folder = folder;
    }

    public TestUser User { get; } = new();

    public FixedClock Clock { get; } = new(RxFaker.Now);

    public static async Task<PrescriptionsModuleHarness> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pharmacy-rx-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SqliteDirectory"] = folder,
            ["Pharmacy:Name"] = "Riverside Compounding Pharmacy",
        }).Build();
        var services = new ServiceCollection();
        PrescriptionsModuleHarness? harness = null;
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_ => harness!.Clock);
        services.AddScoped<ICurrentUser>(_ => harness!.User);
        services.AddSingleton<ISignatureVerifier>(_ => harness!.User);
        services.AddPharmacyInfrastructure(configuration);
        new PrescriptionsModule().Register(services, configuration);
        harness = new PrescriptionsModuleHarness(services.BuildServiceProvider(validateScopes: true), folder);
        await harness.InScopeAsync(db => db.Database.MigrateAsync());
        return harness;
    }

    public async Task InScopeAsync(Func<PrescriptionsDbContext, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<PrescriptionsDbContext>());
    }

    public async Task<T> InScopeAsync<T>(Func<PrescriptionsDbContext, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PrescriptionsDbContext>());
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Sends a command through validation, signature and unit of work, as the host's pipeline does.</summary>
    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command) =>
        (Task<TResponse>)typeof(PrescriptionsModuleHarness).GetMethod(nameof(SendCoreAsync), BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(command.GetType(), typeof(TResponse))
            .Invoke(this, [command])!;

    public async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = _services.CreateAsyncScope();
        dynamic handler = Handler(scope.ServiceProvider, query.GetType(), typeof(IQueryHandler<,>).MakeGenericType(query.GetType(), typeof(TResponse)));
        return await handler.Handle((dynamic)query, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS; nothing depends on it.
        }
    }

    private async Task<TResponse> SendCoreAsync<TMessage, TResponse>(TMessage message)
        where TMessage : ICommand<TResponse>
    {
        await using var scope = _services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var handler = (ICommandHandler<TMessage, TResponse>)Handler(services, typeof(TMessage), typeof(ICommandHandler<TMessage, TResponse>));
        var validation = ActivatorUtilities.CreateInstance<ValidationBehavior<TMessage, TResponse>>(services);
        var signature = ActivatorUtilities.CreateInstance<SignatureBehavior<TMessage, TResponse>>(services);
        var unitOfWork = ActivatorUtilities.CreateInstance<UnitOfWorkBehavior<TMessage, TResponse>>(services);
        MessageHandlerDelegate<TMessage, TResponse> handle = (m, ct) => handler.Handle(m, ct);
        MessageHandlerDelegate<TMessage, TResponse> saved = (m, ct) => unitOfWork.Handle(m, handle, ct);
        MessageHandlerDelegate<TMessage, TResponse> signed = (m, ct) => signature.Handle(m, saved, ct);
        return await validation.Handle(message, signed, CancellationToken.None);
    }

    private static object Handler(IServiceProvider services, Type messageType, Type handlerInterface)
    {
        var handlerType = ModuleAssembly.GetTypes().Single(type => type is { IsClass: true, IsAbstract: false } && handlerInterface.IsAssignableFrom(type));
        return ActivatorUtilities.CreateInstance(services, handlerType);
    }
}

/// <summary>The signed-in person (or API client) of a test, who also knows their own password.</summary>
internal sealed class TestUser : ICurrentUser, ISignatureVerifier
{
    public const string Password = "correct horse battery staple";

    public string Id { get; set; } = "user-pharmacist";

    public string Name { get; set; } = RxFaker.Pharmacist;

    public bool IsPerson { get; set; } = true;

    public bool IsApiClient => !IsPerson;

    public HashSet<string> Roles { get; } = [Pharmacy.Shared.Web.Security.Roles.Pharmacist];

    public bool IsInRole(string role) => Roles.Contains(role);

    public Task<SignatureCheck> VerifyAsync(string userId, string password, CancellationToken cancellationToken) =>
        Task.FromResult(userId == Id && password == Password ? SignatureCheck.Verified : SignatureCheck.WrongPassword);
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
