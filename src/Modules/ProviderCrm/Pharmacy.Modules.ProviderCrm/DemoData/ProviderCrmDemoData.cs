using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.ProviderCrm.DemoData;

/// <summary>
/// The demo prescribers: six active (the same ids and NPIs the prescription module's demo prescriptions name, so their
/// activation events meet the same rows), one suspended, two in onboarding and one prospect. Their events leave through
/// the outbox like any other, so every module sees the same providers.
/// </summary>
internal sealed class ProviderCrmDemoData(ProviderCrmDbContext db, DomainEventDispatcher domainEvents) : IDemoDataSeeder
{
    private static readonly (int Id, string Npi, string First, string Last, Credential Credential, ProviderStatus Status)[] Providers =
    [
        (1, "1234567893", "Elena", "Marsh", Credential.MD, ProviderStatus.Active),
        (2, "1245319599", "Samuel", "Okonkwo", Credential.DO, ProviderStatus.Active),
        (3, "1003000126", "Priya", "Raman", Credential.NP, ProviderStatus.Active),
        (4, "1720089998", "Daniel", "Whitfield", Credential.DVM, ProviderStatus.Active),
        (5, "1588667638", "Hannah", "Brooks", Credential.PA, ProviderStatus.Active),
        (6, "1467540757", "Marcus", "Liang", Credential.MD, ProviderStatus.Active),
        (7, "1932102084", "Victor", "Hale", Credential.MD, ProviderStatus.Suspended),
        (8, "1316998065", "Amelia", "Foster", Credential.NP, ProviderStatus.Onboarding),
        (9, "1780654210", "Noah", "Petrov", Credential.DO, ProviderStatus.Onboarding),
        (10, "1073591236", "Grace", "Adeyemi", Credential.ND, ProviderStatus.Prospect),
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
        foreach (var (n, npi, first, last, credential, status) in Providers)
        {
            var provider = Provider.Register(
                ProviderId.From(Guid.Parse($"0193a000-0000-7000-8000-{n:D12}")), Npi.Create(npi), first, last, credential,
                $"{first[0]}.{last}@example-clinic.org".ToLowerInvariant(), $"(512) 555-01{n:D2}", npiAlreadyRegistered: false, registered.AddDays(n));
            if (status is ProviderStatus.Active or ProviderStatus.Suspended)
            {
                provider.Activate(registered.AddDays(n + 14));
            }

            if (status == ProviderStatus.Suspended)
            {
                provider.Suspend("DEA registration lapsed; renewal pending", context.Now.AddDays(-10));
            }

            db.Providers.Add(provider);
        }

        await domainEvents.DispatchAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
