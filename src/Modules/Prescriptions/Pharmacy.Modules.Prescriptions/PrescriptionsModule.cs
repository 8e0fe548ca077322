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

namespace Pharmacy.Modules.Prescriptions;

public sealed class PrescriptionsModule : IModule
{
    public string Name => "Prescriptions";

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDatabase<PrescriptionsDbContext>(PrescriptionsDbContext.SchemaName);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/prescriptions").WithTags("Prescriptions");
        ReceivePrescriptionEndpoint.Map(api);
        GetPrescriptionsEndpoint.Map(api);
        GetPrescriptionEndpoint.Map(api);
        GetPrescribersEndpoint.Map(api);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Prescriptions", "Prescription queue", "/Prescriptions/Queue", 20),
        new("Prescriptions", "Prescribers", "/Prescriptions/Prescribers", 21),
    ];
}
