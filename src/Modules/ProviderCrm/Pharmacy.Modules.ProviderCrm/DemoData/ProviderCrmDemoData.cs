using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.ProviderCrm.DemoData;

/// <summary>
/// The demo prescribers: six active (the same ids and NPIs the prescription module's demo prescriptions name, so their
/// activation events meet the same rows), one suspended, two in onboarding and one prospect; three organisations they
/// practise at. The active ones hold licences in the ten states the demo patients live in and a DEA registration whose
/// number passes the check digit; their checklists are complete. Their events leave through the outbox like any other,
/// so every module sees the same providers.
/// </summary>
internal sealed class ProviderCrmDemoData(ProviderCrmDbContext db, DomainEventDispatcher domainEvents) : IDemoDataSeeder
{
    /// <summary>The states the demo patients live in (the prescription module's demo data picks among them).</summary>
    public static readonly string[] LicensedStates = ["TX", "CA", "FL", "NY", "AZ", "CO", "WA", "IL", "GA", "NC"];

    private static readonly (int Id, string Npi, string First, string Last, Credential Credential, ProviderStatus Status, string? Dea, int Organisation, string Specialties)[] Providers =
    [
        (1, "1234567893", "Elena", "Marsh", Credential.MD, ProviderStatus.Active, "BM3141594", 1, "Endocrinology; Women's health"),
        (2, "1245319599", "Samuel", "Okonkwo", Credential.DO, ProviderStatus.Active, "BO6283181", 1, "Family medicine"),
        (3, "1003000126", "Priya", "Raman", Credential.NP, ProviderStatus.Active, "MR9424778", 2, "Hormone therapy"),
        (4, "1720089998", "Daniel", "Whitfield", Credential.DVM, ProviderStatus.Active, "BW2566365", 3, "Small animal medicine"),
        (5, "1588667638", "Hannah", "Brooks", Credential.PA, ProviderStatus.Active, "MB5707952", 2, "Dermatology"),
        (6, "1467540757", "Marcus", "Liang", Credential.MD, ProviderStatus.Active, "BL8849549", 1, "Pain medicine"),
        (7, "1932102084", "Victor", "Hale", Credential.MD, ProviderStatus.Suspended, "BH1991137", 2, "Sports medicine"),
        (8, "1316998065", "Amelia", "Foster", Credential.NP, ProviderStatus.Onboarding, "MF5132725", 1, "Women's health"),
        (9, "1780654210", "Noah", "Petrov", Credential.DO, ProviderStatus.Onboarding, null, 3, "Integrative medicine"),
        (10, "1073591236", "Grace", "Adeyemi", Credential.ND, ProviderStatus.Prospect, null, 2, "Naturopathic medicine"),
        // The prescriber behind the demo portal user "portal": she orders for Hill Country Family Clinic.
        (11, "1551034212", "Elena", "Ruiz", Credential.MD, ProviderStatus.Active, "BR3271842", 1, "Family medicine"),
    ];

    private static readonly (int Id, string Name, OrganisationKind Kind, string Line1, string City, string State, string Zip, string Phone)[] Organisations =
    [
        (1, "Hill Country Family Clinic", OrganisationKind.Clinic, "1201 Barton Springs Rd", "Austin", "TX", "78704", "(512) 555-0180"),
        (2, "BrightPath Telehealth", OrganisationKind.TelehealthPartner, "88 Market St, Suite 400", "Denver", "CO", "80202", "(720) 555-0123"),
        (3, "Riverside Veterinary Practice", OrganisationKind.VeterinaryPractice, "450 River Rd", "Round Rock", "TX", "78664", "(512) 555-0166"),
    ];

    public int Order => 5;

    public bool IsCatalog => false;

    public async Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        if (await db.Providers.AnyAsync(cancellationToken))
        {
            return;
        }

        db.AuditContext = AuditContext.System("SeedDemoData");
        var registered = context.Now.AddDays(-120);
        var organisations = SeedOrganisations(registered);
        foreach (var demo in Providers)
        {
            var provider = Provider.Register(
                ProviderId.From(Guid.Parse($"0193a000-0000-7000-8000-{demo.Id:D12}")), Npi.Create(demo.Npi), demo.First, demo.Last, demo.Credential,
                $"{demo.First[0]}.{demo.Last}@example-clinic.org".ToLowerInvariant(), $"(512) 555-01{demo.Id:D2}", npiAlreadyRegistered: false,
                registered.AddDays(demo.Id), demo.Specialties, prospect: demo.Status == ProviderStatus.Prospect);
            var onboarded = registered.AddDays(demo.Id + 7);
            provider.JoinOrganisation(organisations[demo.Organisation - 1].Id, organisationExists: true, role: null, onboarded);
            if (demo.Status != ProviderStatus.Prospect)
            {
                Onboard(provider, demo.Id, demo.Dea, demo.Status, onboarded, context.Now);
            }

            if (demo.Status is ProviderStatus.Active or ProviderStatus.Suspended)
            {
                provider.Activate(registered.AddDays(demo.Id + 14));
            }

            if (demo.Status == ProviderStatus.Suspended)
            {
                provider.Suspend("DEA registration lapsed; renewal pending", context.Now.AddDays(-10));
            }

            db.Providers.Add(provider);
        }

        await domainEvents.DispatchAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private List<Organisation> SeedOrganisations(DateTimeOffset registered)
    {
        var organisations = new List<Organisation>();
        foreach (var demo in Organisations)
        {
            var organisation = Organisation.Register(
                OrganisationId.From(Guid.Parse($"0193a001-0000-7000-8000-{demo.Id:D12}")), demo.Name, demo.Kind,
                Address.Of(demo.Line1, null, demo.City, demo.State, demo.Zip), demo.Phone, $"office@{demo.Name.Split(' ')[0].ToLowerInvariant()}.example.org",
                nameAlreadyRegistered: false, registered);
            organisation.AddContact("Rosa Delgado", "Practice manager", $"rosa@{demo.Name.Split(' ')[0].ToLowerInvariant()}.example.org", demo.Phone);
            db.Organisations.Add(organisation);
            organisations.Add(organisation);
        }

        return organisations;
    }

    /// <summary>Licences and a DEA registration on record; an active provider's checklist complete, one in onboarding half way.</summary>
    private static void Onboard(Provider provider, int n, string? dea, ProviderStatus status, DateTimeOffset at, DateTimeOffset now)
    {
        var expiresOn = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6 + (n * 3));
        foreach (var state in status == ProviderStatus.Onboarding ? LicensedStates[..1] : LicensedStates)
        {
            provider.RecordLicence(state, $"{state}-{n:D2}{state[0] * 7 % 1000:D3}", expiresOn, at);
        }

        if (dea is not null)
        {
            provider.RecordDeaRegistration(dea, ["2", "2N", "3", "3N", "4", "5"], expiresOn.AddMonths(12), at);
        }

        var items = status == ProviderStatus.Onboarding
            ? [OnboardingItem.LicenceVerified, OnboardingItem.AgreementSigned]
            : Enum.GetValues<OnboardingItem>();
        foreach (var item in items.Where(item => item != OnboardingItem.DeaVerified || dea is not null))
        {
            provider.TickOnboardingItem(item, "Morgan Ellis (account manager)", at.AddHours(1));
        }
    }
}
