using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
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

    public static async Task<FollowUpTask> FindFollowUpTaskAsync(this ProviderCrmDbContext db, FollowUpTaskId id, CancellationToken cancellationToken) =>
        await db.FollowUpTasks.SingleOrDefaultAsync(task => task.Id == id, cancellationToken)
        ?? throw new NotFoundException("Follow-up task", id);

    public static async Task<GiftLogEntry> FindGiftAsync(this ProviderCrmDbContext db, GiftId id, CancellationToken cancellationToken) =>
        await db.GiftLog.SingleOrDefaultAsync(entry => entry.Id == id, cancellationToken)
        ?? throw new NotFoundException("Gift log entry", id);

    /// <summary>Whether the provider or organisation a CRM record is about is registered.</summary>
    public static Task<bool> AccountExistsAsync(this ProviderCrmDbContext db, AccountKind kind, Guid id, CancellationToken cancellationToken) =>
        kind == AccountKind.Provider
            ? db.Providers.AnyAsync(provider => provider.Id == ProviderId.From(id), cancellationToken)
            : db.Organisations.AnyAsync(organisation => organisation.Id == OrganisationId.From(id), cancellationToken);
}
