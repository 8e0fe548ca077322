using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Features.GetPricingAgreements;

/// <summary>A provider's or organisation's pricing agreements, the latest first, each with whether it is in force today.</summary>
public sealed record GetPricingAgreements(AccountKind AccountKind, Guid AccountId) : IQuery<IReadOnlyList<PricingAgreementRow>>;

public sealed record PricingAgreementRow(
    Guid Id, string FormulaCode, string Terms, string TermsText, decimal? PricePerUnit, decimal? DiscountPercent, DateOnly EffectiveFrom,
    DateOnly? EffectiveTo, bool Withdrawn, bool InForce, string? Note, string AgreedBy, string? ChangeReason)
{
    /// <summary>"$0.95 per unit" or "12.5% off the list price", as staff read the terms.</summary>
    public string Describe => PricePerUnit is { } price ? $"{Money.Dollars(price).ToUnitPriceString()} per unit" : $"{DiscountPercent:0.##}% off the list price";
}

internal sealed class GetPricingAgreementsHandler(ProviderCrmDbContext db, TimeProvider clock) : IQueryHandler<GetPricingAgreements, IReadOnlyList<PricingAgreementRow>>
{
    public async ValueTask<IReadOnlyList<PricingAgreementRow>> Handle(GetPricingAgreements query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var agreements = await db.PricingAgreements.AsNoTracking()
            .Where(agreement => agreement.AccountKind == query.AccountKind && agreement.AccountId == query.AccountId)
            .OrderBy(agreement => agreement.FormulaCode).ThenByDescending(agreement => agreement.EffectiveFrom)
            .ToListAsync(cancellationToken);
        return [.. agreements.Select(agreement => new PricingAgreementRow(
            agreement.Id.Value, agreement.FormulaCode, agreement.Terms.ToString(), EnumText.Of(agreement.Terms), agreement.PricePerUnit?.Amount,
            agreement.DiscountPercent, agreement.EffectiveFrom, agreement.EffectiveTo, agreement.Withdrawn, agreement.IsInForceOn(today),
            agreement.Note, agreement.AgreedBy, agreement.ChangeReason))];
    }
}

internal static class GetPricingAgreementsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/pricing-agreements", (AccountKind accountKind, Guid accountId, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetPricingAgreements(accountKind, accountId), cancellationToken))
            .WithName(nameof(GetPricingAgreements))
            .WithSummary("A provider's or organisation's pricing agreements")
            .Produces<IReadOnlyList<PricingAgreementRow>>();
}
