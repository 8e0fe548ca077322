using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.ProviderCrm.Features.ActivateProvider;
using Pharmacy.Modules.ProviderCrm.Features.AddOrganisationContact;
using Pharmacy.Modules.ProviderCrm.Features.AddPricingAgreement;
using Pharmacy.Modules.ProviderCrm.Features.AddProviderToOrganisation;
using Pharmacy.Modules.ProviderCrm.Features.ChangeOrganisationDetails;
using Pharmacy.Modules.ProviderCrm.Features.ChangeProviderContactDetails;
using Pharmacy.Modules.ProviderCrm.Features.DeactivateProvider;
using Pharmacy.Modules.ProviderCrm.Features.EndPricingAgreement;
using Pharmacy.Modules.ProviderCrm.Features.GetExpiringCredentials;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisation;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisations;
using Pharmacy.Modules.ProviderCrm.Features.GetPricingAgreements;
using Pharmacy.Modules.ProviderCrm.Features.GetProvider;
using Pharmacy.Modules.ProviderCrm.Features.GetProviders;
using Pharmacy.Modules.ProviderCrm.Features.RecordDeaRegistration;
using Pharmacy.Modules.ProviderCrm.Features.RecordProviderLicence;
using Pharmacy.Modules.ProviderCrm.Features.RegisterOrganisation;
using Pharmacy.Modules.ProviderCrm.Features.RegisterProvider;
using Pharmacy.Modules.ProviderCrm.Features.RemoveDeaRegistration;
using Pharmacy.Modules.ProviderCrm.Features.RemoveProviderLicence;
using Pharmacy.Modules.ProviderCrm.Features.StartProviderOnboarding;
using Pharmacy.Modules.ProviderCrm.Features.SuspendProvider;
using Pharmacy.Modules.ProviderCrm.Features.TickOnboardingItem;
using Pharmacy.Modules.ProviderCrm.Features.WithdrawPricingAgreement;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm;

public sealed partial class ProviderCrmModule : IModule
{
    public string Name => "ProviderCrm";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ProviderCrmDbContext>(ProviderCrmDbContext.SchemaName);
        services.AddAccessRules(CrmAccess.ReadRule, CrmAccess.WriteRule, CrmAccess.PricingRule, CrmAccess.DocumentsRule, CrmAccess.ComplianceRule);
        services.AddSingleton<Documents.DocumentStore>();
        services.AddScoped<IDemoDataSeeder, DemoData.ProviderCrmDemoData>();
        services.AddScoped<Contracts.IOrganisationDirectory, Features.GetOrganisationPrescribers.OrganisationDirectory>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Each command\'s endpoint requires the rule its command names; the queries share the module\'s read rule.
        var api = endpoints.MapGroup("/api/crm").WithTags("Provider CRM");
        var read = api.MapGroup("").RequireAccess(CrmAccess.ReadRule);
        RegisterProviderEndpoint.Map(api);
        ActivateProviderEndpoint.Map(api);
        SuspendProviderEndpoint.Map(api);
        StartProviderOnboardingEndpoint.Map(api);
        DeactivateProviderEndpoint.Map(api);
        RecordProviderLicenceEndpoint.Map(api);
        RecordDeaRegistrationEndpoint.Map(api);
        TickOnboardingItemEndpoint.Map(api);
        AddProviderToOrganisationEndpoint.Map(api);
        RegisterOrganisationEndpoint.Map(api);
        AddOrganisationContactEndpoint.Map(api);
        ChangeOrganisationDetailsEndpoint.Map(api);
        ChangeProviderContactDetailsEndpoint.Map(api);
        AddPricingAgreementEndpoint.Map(api);
        EndPricingAgreementEndpoint.Map(api);
        WithdrawPricingAgreementEndpoint.Map(api);
        RemoveProviderLicenceEndpoint.Map(api);
        RemoveDeaRegistrationEndpoint.Map(api);
        GetPricingAgreementsEndpoint.Map(read);
        GetExpiringCredentialsEndpoint.Map(read);
        GetProvidersEndpoint.Map(read);
        GetProviderEndpoint.Map(read);
        GetOrganisationsEndpoint.Map(read);
        GetOrganisationEndpoint.Map(read);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Providers", "Accounts dashboard", "/ProviderCrm/Dashboard", 9, CrmAccess.ReadRule.Roles),
        new("Providers", "Providers", "/ProviderCrm/Providers", 10, CrmAccess.ReadRule.Roles),
        new("Providers", "Register a provider", "/ProviderCrm/Providers/Register", 11, CrmAccess.WriteRule.Roles),
        new("Providers", "Organisations", "/ProviderCrm/Organisations", 12, CrmAccess.ReadRule.Roles),
        new("Providers", "Expiring credentials", "/ProviderCrm/Credentials/Expiring", 13, CrmAccess.ReadRule.Roles),
        new("Providers", "My tasks", "/ProviderCrm/Tasks/Mine", 14, CrmAccess.WriteRule.Roles),
        new("Providers", "Gift compliance review", "/ProviderCrm/Compliance/Gifts", 15, CrmAccess.ComplianceRule.Roles),
    ];
}

/// <summary>Who works with provider records: account managers own them; pharmacists look prescribers up.</summary>
public static class CrmAccess
{
    public const string Read = "crm.read";
    public const string Write = "crm.write";

    public static readonly AccessRule ReadRule = new(Read, Scopes.CrmRead, [Roles.Admin, Roles.AccountManager, Roles.Pharmacist]);

    public static readonly AccessRule WriteRule = new(Write, Scopes.CrmWrite, [Roles.Admin, Roles.AccountManager]);

    /// <summary>Pricing agreements change what the pharmacy is paid: account managers agree them, billing staff do not.</summary>
    public const string Pricing = "crm.pricing";

    /// <summary>Documents hold tax ids and licence scans: only the people who work with them see them, and never an API key.</summary>
    public const string Documents = "crm.documents";

    public static readonly AccessRule DocumentsRule = new(Documents, null, [Roles.Admin, Roles.AccountManager, Roles.Pharmacist]);

    /// <summary>Reviewing samples and gifts against the anti-kickback rules: pharmacists and administrators, people only.</summary>
    public const string Compliance = "crm.compliance";

    public static readonly AccessRule ComplianceRule = new(Compliance, null, [Roles.Admin, Roles.Pharmacist]);

    public static readonly AccessRule PricingRule = new(Pricing, Scopes.CrmWrite, [Roles.Admin, Roles.AccountManager]);
}
