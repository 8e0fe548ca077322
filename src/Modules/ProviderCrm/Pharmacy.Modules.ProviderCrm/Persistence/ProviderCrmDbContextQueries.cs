using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.ProviderCrm.Persistence;

internal static class ProviderCrmDbContextQueries
{
    public static async Task<Provider> FindProviderAsync(this ProviderCrmDbContext db, ProviderId id, CancellationToken cancellationToken) =>
        await db.Providers.SingleOrDefaultAsync(provider => provider.Id == id, cancellationToken)
        ?? throw new NotFoundException("Provider", id);

    public static async Task<Organisation> FindOrganisationAsync(this ProviderCrmDbContext db, OrganisationId id, CancellationToken cancellationToken) =>
        await db.Organisations.SingleOrDefaultAsync(organisation => organisation.Id == id, cancellationToken)
        ?? throw new NotFoundException("Organisation", id);

    public static async Task<PricingAgreement> FindPricingAgreementAsync(this ProviderCrmDbContext db, PricingAgreementId id, CancellationToken cancellationToken) =>
        await db.PricingAgreements.SingleOrDefaultAsync(agreement => agreement.Id == id, cancellationToken)
        ?? throw new NotFoundException("Pricing agreement", id);
}
