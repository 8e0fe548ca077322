using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Quality.Features.DocumentQcInvestigation;
using Pharmacy.Modules.Quality.Features.GetReleaseQueueSummary;
using Pharmacy.Modules.Quality.Features.GetReleaseTask;
using Pharmacy.Modules.Quality.Features.GetReleaseTasks;
using Pharmacy.Modules.Quality.Features.RecordQcResult;
using Pharmacy.Modules.Quality.Features.RejectBatch;
using Pharmacy.Modules.Quality.Features.ReleaseBatch;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Quality;

public sealed partial class QualityModule : IModule
{
    public string Name => "Quality";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<QualityDbContext>(QualityDbContext.SchemaName);
        services.AddAccessRules(QualityAccess.ReadRule, QualityAccess.ReleaseRule, QualityAccess.InvestigateRule);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Each command\'s endpoint requires the rule its command names; the queries share the module\'s read rule.
        var api = endpoints.MapGroup("/api/quality").WithTags("Quality");
        var read = api.MapGroup("").RequireAccess(QualityAccess.ReadRule);
        GetReleaseTasksEndpoint.Map(read);
        GetReleaseQueueSummaryEndpoint.Map(read);
        GetReleaseTaskEndpoint.Map(read);
        RecordQcResultEndpoint.Map(api);
        ReleaseBatchEndpoint.Map(api);
        RejectBatchEndpoint.Map(api);
        DocumentQcInvestigationEndpoint.Map(api);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Quality", "Batch release", "/Quality/ReleaseTasks", 50, QualityAccess.ReadRule.Roles),
    ];
}

/// <summary>
/// Who works with batch release: Quality Assurance records QC results and decides; pharmacists and administrators
/// follow the queue, and a pharmacist documents the investigation of a failed result. Decisions and investigations
/// are signed by a person, so no API key may make them.
/// </summary>
public static class QualityAccess
{
    public const string Read = "quality.read";
    public const string Release = "quality.release";
    public const string Investigate = "quality.investigate";

    public static readonly AccessRule ReadRule = new(Read, Scopes.QualityRead, [Roles.Admin, Roles.QualityAssurance, Roles.Pharmacist]);

    public static readonly AccessRule ReleaseRule = new(Release, null, [Roles.QualityAssurance]);

    public static readonly AccessRule InvestigateRule = new(Investigate, null, [Roles.Pharmacist]);
}
