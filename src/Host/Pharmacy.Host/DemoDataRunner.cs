using Pharmacy.Host.Identity;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Host;

/// <summary>
/// Runs every module's demo data seeder, in order, once the databases are up to date (Demo:Data), or only the
/// catalog's seeders (Demo:Catalog: formulas, inventory, prices, with no providers or prescriptions).
/// </summary>
internal sealed class DemoDataRunner(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock) : IHostedService
{
    private const int RandomSeed = 20261129;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = DemoSettings.From(configuration);
        if (!demo.Data && !demo.Catalog)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = new DemoDataContext(RandomSeed, clock.GetUtcNow());
        var seeders = scope.ServiceProvider.GetServices<IDemoDataSeeder>().Where(seeder => demo.Data || seeder.IsCatalog);
        foreach (var seeder in seeders.OrderBy(seeder => seeder.Order))
        {
            await seeder.SeedAsync(context, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
