using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Pipeline;
using Pharmacy.Testing;

namespace Pharmacy.Modules.ProviderCrm.Tests.Harness;

/// <summary>
/// The ProviderCrm module in the shared <see cref="ModuleTestHost{TModule, TDbContext}"/>. Only the Mediator is registered here:
/// its source generator writes AddMediator for this project, which sees the module's handlers.
/// </summary>
internal sealed class CrmHarness : ModuleTestHost<ProviderCrmModule, ProviderCrmDbContext>
{
    private CrmHarness(DateTimeOffset now, bool withPages)
        : base(now, withPages, AddMediator)
    {
    }

    public static async Task<CrmHarness> StartAsync(DateTimeOffset now, bool withPages = false)
    {
        var harness = new CrmHarness(now, withPages);
        await harness.StartCoreAsync();
        return harness;
    }

    private static void AddMediator(IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(ValidationBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(SignatureBehavior<,>), typeof(UnitOfWorkBehavior<,>),
            ];
        });
}
