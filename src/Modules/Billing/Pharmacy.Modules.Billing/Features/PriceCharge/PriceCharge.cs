using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Billing.Features.PriceCharge;

/// <summary>Prices a charge that was made without a list price, now that the price list has one.</summary>
[Access(BillingAccess.Payments)]
public sealed record PriceCharge(Guid ChargeId) : ICommand;

internal sealed class PriceChargeHandler(BillingDbContext db, TimeProvider clock, PharmacyTimeZone zone) : ICommandHandler<PriceCharge>
{
    public async ValueTask<Unit> Handle(PriceCharge command, CancellationToken cancellationToken)
    {
        var charge = await db.FindChargeAsync(ChargeId.From(command.ChargeId), cancellationToken);
        var dispensingDay = DateOnly.FromDateTime(zone.Local(charge.DispensedAt).DateTime);
        var price = await db.PriceOnAsync(charge.FormulaCode, charge.PrescriberId, dispensingDay, cancellationToken);
        charge.Price(price, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class PriceChargeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/charges/{id:guid}/price", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new PriceCharge(id), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(PriceCharge))
            .RequireAccessTo<PriceCharge>()
            .WithSummary("Price a charge that waits for pricing, from the current price list")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
