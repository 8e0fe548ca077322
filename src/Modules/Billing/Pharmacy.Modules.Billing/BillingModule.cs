using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Billing.DemoData;
using Pharmacy.Modules.Billing.Features.AddFormulaPrice;
using Pharmacy.Modules.Billing.Features.ChangePrice;
using Pharmacy.Modules.Billing.Features.GetCharge;
using Pharmacy.Modules.Billing.Features.GetCharges;
using Pharmacy.Modules.Billing.Features.GetChargeTotals;
using Pharmacy.Modules.Billing.Features.GetPrices;
using Pharmacy.Modules.Billing.Features.PriceCharge;
using Pharmacy.Modules.Billing.Features.RecordPayment;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Billing;

public sealed partial class BillingModule : IModule
{
    public string Name => "Billing";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<BillingDbContext>(BillingDbContext.SchemaName);
        services.AddAccessRules(BillingAccess.ReadRule, BillingAccess.PaymentsRule, BillingAccess.PricesRule);
        services.AddScoped<IDemoDataSeeder, PriceListDemoData>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Each command\'s endpoint requires the rule its command names; the queries share the module\'s read rule.
        var api = endpoints.MapGroup("/api/billing").WithTags("Billing");
        var read = api.MapGroup("").RequireAccess(BillingAccess.ReadRule);
        GetChargesEndpoint.Map(read);
        GetChargeTotalsEndpoint.Map(read);
        GetChargeEndpoint.Map(read);
        GetPricesEndpoint.Map(read);
        RecordPaymentEndpoint.Map(api);
        PriceChargeEndpoint.Map(api);
        AddFormulaPriceEndpoint.Map(api);
        ChangePriceEndpoint.Map(api);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Billing", "Charges", "/Billing/Charges", 60, BillingAccess.ReadRule.Roles),
        new("Billing", "Price list", "/Billing/Prices", 61, BillingAccess.ReadRule.Roles),
    ];
}

/// <summary>
/// Who works with charges: billing staff take payments and keep the price list; administrators read and may change prices.
/// Payments and prices are changed by people, never by an API key.
/// </summary>
public static class BillingAccess
{
    public const string Read = "billing.read";
    public const string Payments = "billing.payments";
    public const string Prices = "billing.prices";

    public static readonly AccessRule ReadRule = new(Read, Scopes.BillingRead, [Roles.Admin, Roles.Billing]);

    public static readonly AccessRule PaymentsRule = new(Payments, null, [Roles.Billing]);

    public static readonly AccessRule PricesRule = new(Prices, null, [Roles.Admin, Roles.Billing]);
}
