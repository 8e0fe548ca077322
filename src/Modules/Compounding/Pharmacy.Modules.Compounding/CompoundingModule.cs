using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Compounding;

public sealed class CompoundingModule : IModule
{
    public string Name => "Compounding";

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<CompoundingDbContext>(CompoundingDbContext.SchemaName);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public IEnumerable<NavigationItem> Navigation => [];
}
