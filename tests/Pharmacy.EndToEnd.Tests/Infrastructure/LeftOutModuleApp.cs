using Microsoft.AspNetCore.Hosting;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>The whole host with one module switched off (Modules:&lt;Name&gt;:Enabled=false), as a smaller pharmacy would run it.</summary>
public sealed class LeftOutModuleApp(string module) : PharmacyApp
{
    public string Module { get; } = module;

    protected override bool WaitsForTheCatalogsFormulas => Module is not ("Prescriptions" or "Compounding");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Modules:{Module}:Enabled", "false");
    }
}
