using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pharmacy.Modules.Billing.Persistence;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The whole host with the demo data and the demo staff's morning of work done: prescriptions in every state, batches
/// planned to released, release tasks, charges. Ready once the morning's work has reached Billing.
/// </summary>
public sealed class WorkedApp : PharmacyApp
{
    protected override bool SeedDemoData => true;

    protected override bool RunDemoWork => true;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            using var scope = host.Services.CreateScope();
            if (scope.ServiceProvider.GetRequiredService<BillingDbContext>().Charges.Any())
            {
                return host;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("The demo morning's work did not reach Billing within 120 s of start.");
    }
}
