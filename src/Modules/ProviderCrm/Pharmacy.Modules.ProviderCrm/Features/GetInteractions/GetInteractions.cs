using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Features.GetInteractions;

/// <summary>A provider's or organisation's calls, visits, emails and notes, the latest first.</summary>
public sealed record GetInteractions(AccountKind AccountKind, Guid AccountId, int Take = GetInteractions.DefaultTake) : IQuery<IReadOnlyList<InteractionRow>>
{
    public const int DefaultTake = 50;
}

public sealed record InteractionRow(Guid Id, string Kind, string KindText, DateOnly OccurredOn, string Summary, string? Outcome, string RecordedBy);

internal sealed class GetInteractionsHandler(ProviderCrmDbContext db) : IQueryHandler<GetInteractions, IReadOnlyList<InteractionRow>>
{
    public async ValueTask<IReadOnlyList<InteractionRow>> Handle(GetInteractions query, CancellationToken cancellationToken)
    {
        var interactions = await db.Interactions.AsNoTracking()
            .Where(interaction => interaction.AccountKind == query.AccountKind && interaction.AccountId == query.AccountId)
            .OrderByDescending(interaction => interaction.OccurredOn).ThenByDescending(interaction => interaction.RecordedAt)
            .Take(Math.Clamp(query.Take, 1, 200))
            .ToListAsync(cancellationToken);
        return [.. interactions.Select(i => new InteractionRow(
            i.Id.Value, i.Kind.ToString(), EnumText.Of(i.Kind), i.OccurredOn, i.Summary, i.Outcome, i.RecordedBy))];
    }
}
