using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.ProviderCrm.Features.ActivateProvider;
using Pharmacy.Modules.ProviderCrm.Features.GetProvider;
using Pharmacy.Modules.ProviderCrm.Features.GetProviders;
using Pharmacy.Modules.ProviderCrm.Features.RegisterProvider;
using Pharmacy.Modules.ProviderCrm.Features.SuspendProvider;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.ProviderCrm;

public sealed class ProviderCrmModule : IModule
{
    public string Name => "ProviderCrm";

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<ProviderCrmDbContext>(ProviderCrmDbContext.SchemaName);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/crm").WithTags("Provider CRM");
        RegisterProviderEndpoint.Map(api);
        ActivateProviderEndpoint.Map(api);
        SuspendProviderEndpoint.Map(api);
        GetProvidersEndpoint.Map(api);
        GetProviderEndpoint.Map(api);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Providers", "Providers", "/ProviderCrm/Providers", 10),
        new("Providers", "Register a provider", "/ProviderCrm/Providers/Register", 11),
    ];
}
