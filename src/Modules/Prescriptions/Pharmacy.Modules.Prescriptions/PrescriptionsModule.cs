using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pharmacy.Modules.Prescriptions.DemoData;
using Pharmacy.Modules.Prescriptions.Fhir;
using Pharmacy.Modules.Prescriptions.Features.AnswerClarification;
using Pharmacy.Modules.Prescriptions.Features.CancelPrescription;
using Pharmacy.Modules.Prescriptions.Features.CheckFill;
using Pharmacy.Modules.Prescriptions.Features.DispenseFill;
using Pharmacy.Modules.Prescriptions.Features.GetClarifications;
using Pharmacy.Modules.Prescriptions.Features.GetPrescribers;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptionHistory;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptions;
using Pharmacy.Modules.Prescriptions.Features.PutPrescriptionOnHold;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;
using Pharmacy.Modules.Prescriptions.Features.RequestClarification;
using Pharmacy.Modules.Prescriptions.Features.RequestRefill;
using Pharmacy.Modules.Prescriptions.Features.ResumePrescription;
using Pharmacy.Modules.Prescriptions.Features.ShipFill;
using Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions;

public sealed partial class PrescriptionsModule : IModule
{
    public string Name => "Prescriptions";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PrescriptionsDbContext>(PrescriptionsDbContext.SchemaName);
        services.AddSingleton<RxNumbers>();
        services.AddAccessRules(
            PrescriptionAccess.ReadRule, PrescriptionAccess.ReceiveRule, PrescriptionAccess.WorkRule, PrescriptionAccess.DecideRule,
            PrescriptionAccess.VerifyRule, PatientAccess.ReadRule, PatientAccess.EditRule, PatientAccess.DecideDuplicateRule);
        services.AddOptions<PharmacyProfile>().Bind(configuration.GetSection(PharmacyProfile.Section));
        services.AddOptions<PrescribingLimitsOptions>().Bind(configuration.GetSection(PrescribingLimitsOptions.Section))
            .Validate(options => options.Problem() is null, $"{PrescribingLimitsOptions.Section}: a limit is looser than federal law or below one month.")
            .ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<PrescribingLimitsOptions>>().Value.ToLimits());
        services.AddScoped<IDemoDataSeeder, PrescriptionsDemoData>();
        services.AddScoped<Contracts.IPrescriptionIntakeCheck, Features.CheckIntake.PrescriptionIntakeCheck>();
        services.AddScoped<Contracts.IRefillCheck, Features.CheckRefill.RefillCheck>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Each command's endpoint requires the rule its command names; the queries share the module's read rule.
        var api = endpoints.MapGroup("/api/prescriptions").WithTags("Prescriptions");
        var read = api.MapGroup("").RequireAccess(PrescriptionAccess.ReadRule);
        ReceivePrescriptionEndpoint.Map(api);
        GetPrescriptionsEndpoint.Map(read);
        GetPrescriptionEndpoint.Map(read);
        GetPrescriptionHistoryEndpoint.Map(read);
        GetClarificationsEndpoint.Map(read);
        GetPrescribersEndpoint.Map(read);
        VerifyPrescriptionEndpoint.Map(api);
        RequestClarificationEndpoint.Map(api);
        AnswerClarificationEndpoint.Map(api);
        PutPrescriptionOnHoldEndpoint.Map(api);
        ResumePrescriptionEndpoint.Map(api);
        CancelPrescriptionEndpoint.Map(api);
        CheckFillEndpoint.Map(api);
        DispenseFillEndpoint.Map(api);
        ShipFillEndpoint.Map(api);
        RequestRefillEndpoint.Map(api);

        // FHIR R4 speaks OperationOutcome, not ProblemDetails, and describes itself at /fhir/metadata, not in the OpenAPI document.
        var fhir = endpoints.MapGroup("/fhir").ExcludeFromDescription();
        FhirCapabilityEndpoint.Map(fhir);
        ReceiveFhirMedicationRequestEndpoint.Map(fhir);
        GetFhirMedicationRequestEndpoint.Map(fhir);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Prescriptions", "Prescription queue", "/Prescriptions/Queue", 20, PrescriptionAccess.ReadRule.Roles),
        new("Prescriptions", "New prescription", "/Prescriptions/New", 21, PrescriptionAccess.ReceiveRule.Roles),
        new("Prescriptions", "Clarifications", "/Prescriptions/Clarifications", 22, PrescriptionAccess.ReadRule.Roles),
        new("Prescriptions", "Prescribers", "/Prescriptions/Prescribers", 23, PrescriptionAccess.ReadRule.Roles),
        new("Prescriptions", "Patients", "/Prescriptions/Patients", 24, PatientAccess.ReadRule.Roles),
        new("Prescriptions", "Possible duplicate patients", "/Prescriptions/PatientDuplicates", 25, PatientAccess.DecideDuplicateRule.Roles),
    ];
}

/// <summary>
/// Who handles prescriptions: technicians and pharmacists enter and work them (questions to the prescriber, holds,
/// handing out); only a pharmacist verifies, cancels or lifts a hold; administrators look them up and enter them.
/// </summary>
public static class PrescriptionAccess
{
    public const string Read = "prescriptions.read";
    public const string Receive = "prescriptions.receive";
    public const string Work = "prescriptions.work";
    public const string Decide = "prescriptions.decide";
    public const string Verify = "prescriptions.verify";

    public static readonly AccessRule ReadRule = new(Read, Scopes.PrescriptionsRead, [Roles.Admin, Roles.Pharmacist, Roles.Technician]);

    public static readonly AccessRule ReceiveRule = new(Receive, Scopes.PrescriptionsWrite, [Roles.Admin, Roles.Pharmacist, Roles.Technician]);

    /// <summary>The day's work on a prescription: asking the prescriber, recording the answer, holding, handing out.</summary>
    public static readonly AccessRule WorkRule = new(Work, Scopes.PrescriptionsWrite, [Roles.Pharmacist, Roles.Technician]);

    /// <summary>A pharmacist's decision to end a prescription or to lift its hold.</summary>
    public static readonly AccessRule DecideRule = new(Decide, Scopes.PrescriptionsWrite, [Roles.Pharmacist]);

    /// <summary>Verification is a signed act: pharmacists only, and no scope, so that no API key ever reaches it.</summary>
    public static readonly AccessRule VerifyRule = new(Verify, null, [Roles.Pharmacist]);
}

/// <summary>
/// Who sees and keeps patient records, which are protected health information: the pharmacy staff who fill and look up
/// prescriptions, never billing, quality or the CRM's people, and no API key. Only a pharmacist or an administrator
/// decides whether two records are the same person.
/// </summary>
public static class PatientAccess
{
    public const string Read = "patients.read";
    public const string Edit = "patients.edit";
    public const string DecideDuplicate = "patients.decide-duplicate";

    public static readonly AccessRule ReadRule = new(Read, null, [Roles.Admin, Roles.Pharmacist, Roles.Technician]);

    public static readonly AccessRule EditRule = new(Edit, null, [Roles.Admin, Roles.Pharmacist, Roles.Technician]);

    public static readonly AccessRule DecideDuplicateRule = new(DecideDuplicate, null, [Roles.Admin, Roles.Pharmacist]);
}
