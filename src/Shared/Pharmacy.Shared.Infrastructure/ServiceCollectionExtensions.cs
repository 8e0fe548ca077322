using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pharmacy.Shared.Infrastructure.DomainEvents;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Pipeline;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// What every module relies on: clock, the pharmacy's time zone, settings, migrations at start-up, domain events,
    /// delivery tracking, and the registry of the access rules the modules declare.
    /// </summary>
    public static IServiceCollection AddPharmacyInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(PharmacyTimeZone.From(configuration));
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.Section));
        services.TryAddSingleton(Registry(services));
        services.TryAddSingleton<DeliveryTracker>();
        services.TryAddScoped<DomainEventDispatcher>();
        services.TryAddScoped<UnitOfWork>();
        services.TryAddScoped<SignatureScope>();
        services.TryAddScoped<ICurrentUser>(_ => SystemUser.Instance);
        services.TryAddScoped<ICurrentOrganisation>(_ => UnrestrictedOrganisation.Instance);
        services.TryAddSingleton<AccessRules>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>
    /// A module's database (its file or schema, its migrations), its outbox relay and inbox, its health check,
    /// and its use cases' validators and domain event handlers.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        Registry(services).Add(typeof(TContext), schema);
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxCommitInterceptor<TContext>>();
        services.AddDbContext<TContext>((provider, options) =>
        {
            ModuleDatabase.Configure(
                options,
                provider.GetRequiredService<IOptions<DatabaseOptions>>().Value,
                provider.GetRequiredService<IConfiguration>(),
                schema);
            options.AddInterceptors(provider.GetRequiredService<OutboxCommitInterceptor<TContext>>());
        });
        services.AddScoped<Inbox<TContext>>();
        services.AddScoped<IOutboxAdmin, OutboxAdmin<TContext>>();
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddHealthChecks().AddDbContextCheck<TContext>($"{schema}-database", tags: ["ready"]);

        var moduleAssembly = typeof(TContext).Assembly;
        services.AddValidatorsFromAssembly(moduleAssembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.Scan(scan => scan.FromAssemblies(moduleAssembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IDomainEventHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        return services;
    }

    /// <summary>The module DbContexts registered so far (for configuring what needs them by type).</summary>
    public static IReadOnlyList<Type> ModuleDbContextTypes(this IServiceCollection services) => [.. Registry(services).Contexts.Keys];

    private static ModuleDbContextRegistry Registry(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(ModuleDbContextRegistry))?.ImplementationInstance is ModuleDbContextRegistry existing)
        {
            return existing;
        }

        var registry = new ModuleDbContextRegistry();
        services.AddSingleton(registry);
        return registry;
    }

    /// <summary>The module assemblies whose inbound handlers (public static classes in IntegrationEvents) receive integration events.</summary>
    public static IServiceCollection AddIntegrationHandlers(this IServiceCollection services, IEnumerable<Assembly> moduleAssemblies) =>
        services.AddSingleton(new IntegrationHandlerCatalog(moduleAssemblies));
}
