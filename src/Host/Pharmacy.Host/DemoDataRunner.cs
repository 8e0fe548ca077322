using Pharmacy.Host.Identity;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Host;

/// <summary>Runs every module's demo data seeder, in order, once the databases are up to date (Demo:Data).</summary>
internal sealed class DemoDataRunner(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock) : IHostedService
{
    private const int RandomSeed = 20261129;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!DemoSettings.From(configuration).Data)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var context = new DemoDataContext(RandomSeed, clock.GetUtcNow());
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(seeder => seeder.Order))
        {
            await seeder.SeedAsync(context, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
