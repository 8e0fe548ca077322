using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Reporting.Features.ExportRxTurnaroundCsv;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaround;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Reporting;

/// <summary>The read side: builds its read models from the other modules' integration events and publishes nothing.</summary>
public sealed class ReportingModule : IModule
{
    public const string ApiRoot = "/api/reporting";

    public string Name => "Reporting";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ReportingDbContext>(ReportingDbContext.SchemaName);
        services.AddAccessRules(ReportingAccess.ReadRule);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var read = endpoints.MapGroup(ApiRoot).WithTags("Reporting").RequireAccess(ReportingAccess.ReadRule);
        GetRxTurnaroundEndpoint.Map(read);
        ExportRxTurnaroundCsvEndpoint.Map(read);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Reporting", "Rx turnaround", "/Reporting/RxTurnaround", 70, ReportingAccess.ReadRule.Roles),
    ];
}

/// <summary>Who reads the reports: the people who run the pharmacy, its quality and its billing; and BI tools with the scope.</summary>
public static class ReportingAccess
{
    public const string Read = "reporting.read";

    public static readonly AccessRule ReadRule =
        new(Read, Scopes.ReportingRead, [Roles.Admin, Roles.Pharmacist, Roles.QualityAssurance, Roles.Billing]);
}
