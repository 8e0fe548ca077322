using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Features.GetGifts;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.GetGiftsAwaitingReview;

/// <summary>The compliance queue: flagged samples and gifts waiting for a signed review, the oldest first.</summary>
[Access(CrmAccess.Compliance)]
public sealed record GetGiftsAwaitingReview(int Page = 1, int PageSize = PageRequest.DefaultPageSize) : IQuery<PagedResult<GiftRow>>;

internal sealed class GetGiftsAwaitingReviewHandler(ProviderCrmDbContext db) : IQueryHandler<GetGiftsAwaitingReview, PagedResult<GiftRow>>
{
    public async ValueTask<PagedResult<GiftRow>> Handle(GetGiftsAwaitingReview query, CancellationToken cancellationToken)
    {
        var page = await db.GiftLog.AsNoTracking()
            .Where(entry => entry.Review == GiftReview.Awaiting)
            .OrderBy(entry => entry.LoggedAt)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        var ids = page.Items.Select(entry => ProviderId.From(entry.ProviderId)).Distinct().ToList();
        var names = await db.Providers.AsNoTracking().Where(provider => ids.Contains(provider.Id))
            .Select(provider => new { provider.Id, provider.FirstName, provider.LastName, provider.Credential })
            .ToDictionaryAsync(p => p.Id.Value, p => $"{p.FirstName} {p.LastName}, {p.Credential}", cancellationToken);
        return new PagedResult<GiftRow>(
            [.. page.Items.Select(entry => GiftRow.Of(entry, names.GetValueOrDefault(entry.ProviderId, "—")))], page.Page, page.PageSize, page.TotalCount);
    }
}
