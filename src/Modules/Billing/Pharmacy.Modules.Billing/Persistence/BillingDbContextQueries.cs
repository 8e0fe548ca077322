using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Agreements;
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
            .Select(price => new ListPrice(price.PricePerUnit, price.Unit, null))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The price of a fill by the prescriber on the day of dispensing: the pricing agreement in force that day (the prescriber's
    /// own, else their organisations' lowest), or the list price.
    /// </summary>
    public static async Task<ListPrice?> PriceOnAsync(
        this BillingDbContext db, string formulaCode, Guid prescriberId, DateOnly dispensingDay, CancellationToken cancellationToken)
    {
        var listPrice = await db.ListPriceOfAsync(formulaCode, cancellationToken);
        var organisationIds = await db.ProviderOrganisations.AsNoTracking()
            .Where(link => link.ProviderId == prescriberId).Select(link => link.OrganisationId).ToListAsync(cancellationToken);
        var agreements = await db.AccountAgreements.AsNoTracking()
            .Where(agreement => agreement.FormulaCode == formulaCode && !agreement.Withdrawn && agreement.EffectiveFrom <= dispensingDay
                                && ((agreement.Account == AgreementAccount.Provider && agreement.AccountId == prescriberId)
                                    || (agreement.Account == AgreementAccount.Organisation && organisationIds.Contains(agreement.AccountId))))
            .ToListAsync(cancellationToken);
        if (agreements.Count == 0)
        {
            return listPrice;
        }

        var unit = listPrice?.Unit ?? await db.Formulas.AsNoTracking()
            .Where(formula => formula.Code == formulaCode).Select(formula => formula.Unit).SingleOrDefaultAsync(cancellationToken) ?? "unit";
        return AgreedPricing.PriceOn(dispensingDay, prescriberId, organisationIds, formulaCode, listPrice, unit, agreements);
    }
}
