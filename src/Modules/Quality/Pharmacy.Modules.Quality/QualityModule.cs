using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Quality;

public sealed class QualityModule : IModule
{
    public string Name => "Quality";

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<QualityDbContext>(QualityDbContext.SchemaName);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public IEnumerable<NavigationItem> Navigation => [];
}
