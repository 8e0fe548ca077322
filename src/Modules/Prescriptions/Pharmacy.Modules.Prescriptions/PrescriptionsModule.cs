using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Prescriptions.DemoData;
using Pharmacy.Modules.Prescriptions.Features.AnswerClarification;
using Pharmacy.Modules.Prescriptions.Features.CancelPrescription;
using Pharmacy.Modules.Prescriptions.Features.DispenseFill;
using Pharmacy.Modules.Prescriptions.Features.GetClarifications;
using Pharmacy.Modules.Prescriptions.Features.GetPrescribers;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptionHistory;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptions;
using Pharmacy.Modules.Prescriptions.Features.PutPrescriptionOnHold;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;
using Pharmacy.Modules.Prescriptions.Features.RequestClarification;
using Pharmacy.Modules.Prescriptions.Features.ResumePrescription;
using Pharmacy.Modules.Prescriptions.Features.ShipFill;
using Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;
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
        services.AddSingleton<RxNumbers>();
        services.AddAccessRules(PrescriptionAccess.ReadRule, PrescriptionAccess.WriteRule, PrescriptionAccess.VerifyRule);
        services.AddOptions<PharmacyProfile>().Bind(configuration.GetSection(PharmacyProfile.Section));
        services.AddScoped<IDemoDataSeeder, PrescriptionsDemoData>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/prescriptions").WithTags("Prescriptions");
        var write = api.MapGroup("").RequireAccess(PrescriptionAccess.WriteRule);
        var read = api.MapGroup("").RequireAccess(PrescriptionAccess.ReadRule);
        var sign = api.MapGroup("").RequireAccess(PrescriptionAccess.VerifyRule);
        ReceivePrescriptionEndpoint.Map(write);
        GetPrescriptionsEndpoint.Map(read);
        GetPrescriptionEndpoint.Map(read);
        GetPrescriptionHistoryEndpoint.Map(read);
        GetClarificationsEndpoint.Map(read);
        GetPrescribersEndpoint.Map(read);
        VerifyPrescriptionEndpoint.Map(sign);
        RequestClarificationEndpoint.Map(write);
        AnswerClarificationEndpoint.Map(write);
        PutPrescriptionOnHoldEndpoint.Map(write);
        ResumePrescriptionEndpoint.Map(write);
        CancelPrescriptionEndpoint.Map(write);
        DispenseFillEndpoint.Map(write);
        ShipFillEndpoint.Map(write);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Prescriptions", "Prescription queue", "/Prescriptions/Queue", 20, PrescriptionAccess.ReadRule.Roles),
        new("Prescriptions", "New prescription", "/Prescriptions/New", 21, PrescriptionAccess.WriteRule.Roles),
        new("Prescriptions", "Clarifications", "/Prescriptions/Clarifications", 22, PrescriptionAccess.ReadRule.Roles),
        new("Prescriptions", "Prescribers", "/Prescriptions/Prescribers", 23, PrescriptionAccess.ReadRule.Roles),
    ];
}

/// <summary>Who handles prescriptions: pharmacists verify, technicians enter and prepare.</summary>
public static class PrescriptionAccess
{
    public const string Read = "prescriptions.read";
    public const string Write = "prescriptions.write";
    public const string Verify = "prescriptions.verify";

    public static readonly AccessRule ReadRule = new(Read, Scopes.PrescriptionsRead, [Roles.Admin, Roles.Pharmacist, Roles.Technician]);

    public static readonly AccessRule WriteRule = new(Write, Scopes.PrescriptionsWrite, [Roles.Admin, Roles.Pharmacist, Roles.Technician]);

    /// <summary>Verification is a signed act: pharmacists only, and no scope, so that no API key ever reaches it.</summary>
    public static readonly AccessRule VerifyRule = new(Verify, null, [Roles.Pharmacist]);
}
