using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Features.GetGifts;

/// <summary>The samples and gifts given to a provider, the latest first, with their review.</summary>
public sealed record GetGifts(Guid ProviderId) : IQuery<IReadOnlyList<GiftRow>>;

public sealed record GiftRow(
    Guid Id, Guid ProviderId, string ProviderName, string Kind, string KindText, string Description, decimal Value, DateOnly GivenOn, bool Flagged,
    string Review, string ReviewText, string LoggedBy, string? ReviewedBy, string? ReviewNote)
{
    public string ValueText => Money.Dollars(Value).ToString();

    public static GiftRow Of(GiftLogEntry entry, string providerName) => new(
        entry.Id.Value, entry.ProviderId, providerName, entry.Kind.ToString(), EnumText.Of(entry.Kind), entry.Description, entry.ValueAmount,
        entry.GivenOn, entry.AntiKickbackFlag, entry.Review.ToString(), EnumText.Of(entry.Review), entry.LoggedBy, entry.ReviewedBy, entry.ReviewNote);
}

internal sealed class GetGiftsHandler(ProviderCrmDbContext db) : IQueryHandler<GetGifts, IReadOnlyList<GiftRow>>
{
    public async ValueTask<IReadOnlyList<GiftRow>> Handle(GetGifts query, CancellationToken cancellationToken)
    {
        var entries = await db.GiftLog.AsNoTracking()
            .Where(entry => entry.ProviderId == query.ProviderId)
            .OrderByDescending(entry => entry.GivenOn).ThenByDescending(entry => entry.LoggedAt)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(entry => GiftRow.Of(entry, ""))];
    }
}
