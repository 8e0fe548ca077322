using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pharmacy.Host;
using Pharmacy.Modules.Billing.Persistence;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole host with the demo data and the demo staff's morning of work done: prescriptions in every state, batches
/// planned to released, release tasks, charges. Ready once the morning's work has reached Billing.
/// </summary>
public sealed class WorkedApp : PharmacyApp
{
    /// <summary>Generous: test classes start their hosts side by side on two cores.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(420);

    protected override bool SeedDemoData => true;

    protected override bool RunDemoWork => true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var started = DateTime.UtcNow;
        var outcome = host.Services.GetRequiredService<DemoWorkOutcome>().Ended;
        if (!outcome.Wait(Patience))
        {
            throw new TimeoutException($"The demo morning's work had not ended {Patience.TotalSeconds:N0} s after start.");
        }

        if (outcome.Result is { } stopped)
        {
            throw new InvalidOperationException($"The demo morning's work stopped part way: {stopped.GetType().Name}: {stopped.Message}", stopped);
        }

        // Charges are made from the dispensed fill's event, after the work itself has ended.
        while (DateTime.UtcNow - started < Patience)
        {
            using var scope = host.Services.CreateScope();
            if (scope.ServiceProvider.GetRequiredService<BillingDbContext>().Charges.Any())
            {
                return host;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"The demo morning's dispensed fill had no charge in Billing {Patience.TotalSeconds:N0} s after start.");
    }
}
