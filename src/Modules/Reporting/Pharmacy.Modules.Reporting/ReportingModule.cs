using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Modules.Reporting;

public sealed class ReportingModule : IModule
{
    public string Name => "Reporting";

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<ReportingDbContext>(ReportingDbContext.SchemaName);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public IEnumerable<NavigationItem> Navigation => [];
}
