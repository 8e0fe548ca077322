using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Billing;

public sealed class BillingModule : IModule
{
    public string Name => "Billing";

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<BillingDbContext>(BillingDbContext.SchemaName);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public IEnumerable<NavigationItem> Navigation => [];
}
