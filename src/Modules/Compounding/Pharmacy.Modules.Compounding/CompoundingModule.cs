using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Compounding.DemoData;
using Pharmacy.Modules.Compounding.Features.ApproveFormula;
using Pharmacy.Modules.Compounding.Features.CalculateBeyondUseDate;
using Pharmacy.Modules.Compounding.Features.CheckBatch;
using Pharmacy.Modules.Compounding.Features.CompareFormulaVersions;
using Pharmacy.Modules.Compounding.Features.CreateFormula;
using Pharmacy.Modules.Compounding.Features.EditFormulaDraft;
using Pharmacy.Modules.Compounding.Features.StartFormulaVersion;
using Pharmacy.Modules.Compounding.Features.WithdrawFormula;
using Pharmacy.Modules.Compounding.Features.GetBatch;
using Pharmacy.Modules.Compounding.Features.GetBatches;
using Pharmacy.Modules.Compounding.Features.GetFormula;
using Pharmacy.Modules.Compounding.Features.GetFormulas;
using Pharmacy.Modules.Compounding.Features.PlanStockBatch;
using Pharmacy.Modules.Compounding.Features.RecordCompounding;
using Pharmacy.Modules.Compounding.Features.StartBatch;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding;

public sealed partial class CompoundingModule : IModule
{
    public string Name => "Compounding";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<CompoundingDbContext>(CompoundingDbContext.SchemaName);
        services.AddAccessRules(CompoundingAccess.ReadRule, CompoundingAccess.CompoundRule, CompoundingAccess.SignRule, CompoundingAccess.AuthorRule);
        services.AddScoped<IDemoDataSeeder, CompoundingDemoData>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Each command\'s endpoint requires the rule its command names; the queries share the module\'s read rule.
        var api = endpoints.MapGroup("/api/compounding").WithTags("Compounding");
        var read = api.MapGroup("").RequireAccess(CompoundingAccess.ReadRule);
        GetFormulasEndpoint.Map(read);
        GetFormulaEndpoint.Map(read);
        GetBatchesEndpoint.Map(read);
        GetBatchEndpoint.Map(read);
        StartBatchEndpoint.Map(api);
        PlanStockBatchEndpoint.Map(api);
        RecordCompoundingEndpoint.Map(api);
        CheckBatchEndpoint.Map(api);
        CalculateBeyondUseDateEndpoint.Map(api);
        ApproveFormulaEndpoint.Map(api);
        CreateFormulaEndpoint.Map(api);
        EditFormulaDraftEndpoint.Map(api);
        StartFormulaVersionEndpoint.Map(api);
        WithdrawFormulaEndpoint.Map(api);
        CompareFormulaVersionsEndpoint.Map(read);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Compounding", "Batch queue", "/Compounding/Batches", 30, CompoundingAccess.ReadRule.Roles),
        new("Compounding", "Formulas", "/Compounding/Formulas", 31, CompoundingAccess.ReadRule.Roles),
    ];
}

/// <summary>
/// Who works in the compounding room: technicians and pharmacists make batches; only a pharmacist writes a master
/// formulation record and signs a check or a formula approval; quality assurance reads. Writes are for people only:
/// no API scope opens them.
/// </summary>
public static class CompoundingAccess
{
    public const string Read = "compounding.read";
    public const string Compound = "compounding.compound";
    public const string Sign = "compounding.sign";
    public const string Author = "compounding.author";

    public static readonly AccessRule ReadRule = new(
        Read, Scopes.CompoundingRead, [Roles.Admin, Roles.Pharmacist, Roles.Technician, Roles.QualityAssurance]);

    public static readonly AccessRule CompoundRule = new(Compound, null, [Roles.Technician, Roles.Pharmacist]);

    public static readonly AccessRule SignRule = new(Sign, null, [Roles.Pharmacist]);

    /// <summary>Master formulation records are written by pharmacists; approving one is a signed act of its own.</summary>
    public static readonly AccessRule AuthorRule = new(Author, null, [Roles.Pharmacist]);
}
