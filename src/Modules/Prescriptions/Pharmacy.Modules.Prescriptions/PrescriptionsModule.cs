using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Prescriptions.Features.GetPrescribers;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptions;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions;

public sealed class PrescriptionsModule : IModule
{
    public string Name => "Prescriptions";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PrescriptionsDbContext>(PrescriptionsDbContext.SchemaName);
        services.AddAccessRules(PrescriptionAccess.ReadRule, PrescriptionAccess.WriteRule);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/prescriptions").WithTags("Prescriptions");
        var write = api.MapGroup("").RequireAccess(PrescriptionAccess.WriteRule);
        var read = api.MapGroup("").RequireAccess(PrescriptionAccess.ReadRule);
        ReceivePrescriptionEndpoint.Map(write);
        GetPrescriptionsEndpoint.Map(read);
        GetPrescriptionEndpoint.Map(read);
        GetPrescribersEndpoint.Map(read);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Prescriptions", "Prescription queue", "/Prescriptions/Queue", 20, PrescriptionAccess.ReadRule.Roles),
        new("Prescriptions", "Prescribers", "/Prescriptions/Prescribers", 21, PrescriptionAccess.ReadRule.Roles),
    ];
}

/// <summary>Who handles prescriptions: pharmacists verify, technicians enter and prepare.</summary>
public static class PrescriptionAccess
{
    public const string Read = "prescriptions.read";
    public const string Write = "prescriptions.write";

    public static readonly AccessRule ReadRule = new(Read, Scopes.PrescriptionsRead, [Roles.Admin, Roles.Pharmacist, Roles.Technician]);

    public static readonly AccessRule WriteRule = new(Write, Scopes.PrescriptionsWrite, [Roles.Admin, Roles.Pharmacist, Roles.Technician]);
}
