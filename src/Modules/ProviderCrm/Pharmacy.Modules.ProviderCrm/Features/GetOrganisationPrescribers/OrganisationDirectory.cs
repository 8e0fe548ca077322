using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Persistence;

namespace Pharmacy.Modules.ProviderCrm.Features.GetOrganisationPrescribers;

/// <summary>The providers who practise at an organisation, for the portal's choice of prescriber.</summary>
internal sealed class OrganisationDirectory(ProviderCrmDbContext db) : IOrganisationDirectory
{
    public async Task<IReadOnlyList<OrganisationPrescriber>> PrescribersOfAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var id = OrganisationId.From(organisationId);
        var providers = await db.Providers.AsNoTracking()
            .Where(provider => provider.Memberships.Any(membership => membership.OrganisationId == id))
            .OrderBy(provider => provider.LastName).ThenBy(provider => provider.FirstName)
            .ToListAsync(cancellationToken);
        return providers
            .Select(p => new OrganisationPrescriber(p.Id.Value, p.Npi, $"{p.FirstName} {p.LastName}, {p.Credential}", p.Status.ToString()))
            .ToList();
    }

    public async Task<string?> NotificationAddressOfAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var id = OrganisationId.From(organisationId);
        return await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Email).SingleOrDefaultAsync(cancellationToken);
    }
}
