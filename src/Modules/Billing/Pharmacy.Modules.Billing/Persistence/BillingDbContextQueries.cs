using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Billing.Persistence;

internal static class BillingDbContextQueries
{
    public static async Task<Charge> FindChargeAsync(this BillingDbContext db, ChargeId id, CancellationToken cancellationToken) =>
        await db.Charges.Include(charge => charge.Payments).SingleOrDefaultAsync(charge => charge.Id == id, cancellationToken)
        ?? throw new NotFoundException("Charge", id);

    public static async Task<FormulaPrice> FindPriceAsync(this BillingDbContext db, string formulaCode, CancellationToken cancellationToken) =>
        await db.FormulaPrices.SingleOrDefaultAsync(price => price.FormulaCode == formulaCode, cancellationToken)
        ?? throw new NotFoundException("Price of formula", formulaCode);

    /// <summary>The list price of a formula, or none when the price list does not have it.</summary>
    public static Task<ListPrice?> ListPriceOfAsync(this BillingDbContext db, string formulaCode, CancellationToken cancellationToken) =>
        db.FormulaPrices.AsNoTracking()
            .Where(price => price.FormulaCode == formulaCode)
            .Select(price => new ListPrice(price.PricePerUnit, price.Unit))
            .SingleOrDefaultAsync(cancellationToken);
}
