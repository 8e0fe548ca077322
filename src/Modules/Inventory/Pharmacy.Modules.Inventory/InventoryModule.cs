using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Inventory.DemoData;
using Pharmacy.Modules.Inventory.Features.AdjustStock;
using Pharmacy.Modules.Inventory.Features.GetExpiringLots;
using Pharmacy.Modules.Inventory.Features.GetItem;
using Pharmacy.Modules.Inventory.Features.GetItems;
using Pharmacy.Modules.Inventory.Features.GetReorderSuggestions;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Inventory;

public sealed partial class InventoryModule : IModule
{
    public string Name => "Inventory";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<InventoryDbContext>(InventoryDbContext.SchemaName);
        services.AddAccessRules(InventoryAccess.ReadRule, InventoryAccess.AdjustRule, InventoryAccess.ReleaseRule);
        services.AddScoped<IDemoDataSeeder, InventoryDemoData>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Each command\'s endpoint requires the rule its command names; the queries share the module\'s read rule.
        var api = endpoints.MapGroup("/api/inventory").WithTags("Inventory");
        var read = api.MapGroup("").RequireAccess(InventoryAccess.ReadRule);
        GetItemsEndpoint.Map(read);
        GetItemEndpoint.Map(read);
        GetExpiringLotsEndpoint.Map(read);
        GetReorderSuggestionsEndpoint.Map(read);
        AdjustStockEndpoint.Map(api);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Inventory", "Items", "/Inventory/Items", 40, InventoryAccess.ReadRule.Roles),
        new("Inventory", "Expiring lots", "/Inventory/Lots/Expiring", 41, InventoryAccess.ReadRule.Roles),
        new("Inventory", "Reorder suggestions", "/Inventory/Reorder", 42, InventoryAccess.ReadRule.Roles),
    ];
}

/// <summary>
/// Who works with stock: everyone in the compounding room and quality looks it up; pharmacists correct it; lots are
/// released from quarantine by quality or a pharmacist. Corrections and releases are for people only (no API scope).
/// </summary>
public static class InventoryAccess
{
    public const string Read = "inventory.read";
    public const string Adjust = "inventory.adjust";
    public const string Release = "inventory.release";

    public static readonly AccessRule ReadRule =
        new(Read, Scopes.InventoryRead, [Roles.Admin, Roles.Pharmacist, Roles.Technician, Roles.QualityAssurance]);

    public static readonly AccessRule AdjustRule = new(Adjust, null, [Roles.Admin, Roles.Pharmacist]);

    public static readonly AccessRule ReleaseRule = new(Release, null, [Roles.Admin, Roles.Pharmacist, Roles.QualityAssurance]);
}
