using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Persistence;

namespace Pharmacy.Modules.Billing.Features.GetPrices;

/// <summary>The formula price list, by formula code.</summary>
public sealed record GetPrices : IQuery<IReadOnlyList<FormulaPriceSummary>>;

public sealed record FormulaPriceSummary(
    string FormulaCode, string FormulaName, string Unit, decimal PricePerUnit, string Currency, DateTimeOffset ChangedAt, string? ChangeReason);

internal sealed class GetPricesHandler(BillingDbContext db) : IQueryHandler<GetPrices, IReadOnlyList<FormulaPriceSummary>>
{
    public async ValueTask<IReadOnlyList<FormulaPriceSummary>> Handle(GetPrices query, CancellationToken cancellationToken) =>
        await db.FormulaPrices.AsNoTracking()
            .OrderBy(price => price.FormulaCode)
            .Select(price => new FormulaPriceSummary(
                price.FormulaCode, price.FormulaName, price.Unit, price.PricePerUnit.Amount, price.PricePerUnit.Currency, price.ChangedAt,
                price.ChangeReason))
            .ToListAsync(cancellationToken);
}

internal static class GetPricesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/prices", (ISender sender, CancellationToken cancellationToken) => sender.Send(new GetPrices(), cancellationToken))
            .WithName(nameof(GetPrices))
            .WithSummary("The formula price list (price per dispensing unit, USD)")
            .Produces<IReadOnlyList<FormulaPriceSummary>>();
}
