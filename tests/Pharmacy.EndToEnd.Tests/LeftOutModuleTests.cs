using System.Net;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Modules.Compounding.Features.PlanBatch;
using Pharmacy.Modules.Compounding.Persistence;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>A pharmacy that does not bill through this system, or has no use for reports, switches that module off and keeps the rest.</summary>
public sealed class LeftOutModuleTests
{
    private sealed record ModuleFace(string Schema, string Page, string Api);

    private static readonly IReadOnlyList<(string Name, ModuleFace Face)> Modules =
    [
        ("ProviderCrm", new("crm", "/ProviderCrm/Providers", "/api/crm/providers")),
        ("Prescriptions", new("prescriptions", "/Prescriptions/Queue", "/api/prescriptions")),
        ("Compounding", new("compounding", "/Compounding/Batches", "/api/compounding/batches")),
        ("Inventory", new("inventory", "/Inventory/Items", "/api/inventory/items")),
        ("Quality", new("quality", "/Quality/ReleaseTasks", "/api/quality/release-tasks")),
        ("Billing", new("billing", "/Billing/Charges", "/api/billing/charges")),
        ("Reporting", new("reporting", "/Reporting/RxTurnaround", "/api/reporting/rx-turnaround")),
    ];

    public static TheoryData<string> ModuleNames => [.. Modules.Select(module => module.Name)];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public async Task Without_one_module_the_host_starts_and_the_others_work(string module)
    {
        using var app = new LeftOutModuleApp(module);
        var index = Modules.ToList().FindIndex(entry => entry.Name == module);
        var leftOut = Modules[index].Face;
        var other = Modules[(index + 1) % Modules.Count].Face;
        var admin = await app.SignedInAsync("admin");
        var api = app.ApiClient();

        var ready = await app.CreateClient().GetAsync("/health/ready");
        var home = await admin.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.False(checks.TryGetProperty($"{leftOut.Schema}-database", out _), $"{module} is off but its database is checked");
        Assert.Equal("Healthy", checks.GetProperty($"{other.Schema}-database").GetString());
        Assert.DoesNotContain($"href=\"{leftOut.Page}\"", home);
        Assert.Contains($"href=\"{other.Page}\"", home);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(leftOut.Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(leftOut.Api)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(other.Page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(other.Api)).StatusCode);
        if (module == "Inventory")
        {
            await A_batch_cannot_start_without_inventory_and_the_answer_says_why(app, await app.SignedInAsync("technician"));
        }
    }

    /// <summary>Compounding asks Inventory to reserve lots while the caller waits: with nobody to ask, a business answer, not an error.</summary>
    private static async Task A_batch_cannot_start_without_inventory_and_the_answer_says_why(PharmacyApp app, HttpClient technician)
    {
        var batchId = await app.InScopeAsync(async services =>
        {
            await services.GetRequiredService<ISender>().Send(new PlanBatch(Guid.NewGuid(), 7_100_001, 0, "LDN-4.5-CAP", 30, 30));
            return await services.GetRequiredService<CompoundingDbContext>().Batches.Select(batch => batch.Id).SingleAsync();
        });

        var response = await technician.PostAsync($"/api/compounding/batches/{batchId.Value}/start", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("LotsAreReservedByInventoryRule", problem.RootElement.GetProperty("rule").GetString());
        Assert.Contains("Inventory", problem.RootElement.GetProperty("detail").GetString());
    }
}
