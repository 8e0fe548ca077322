using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Agreements;

/// <summary>
/// The price of a dispensed fill: the agreement in force on the day of dispensing, when there is one, else the list price.
/// The prescriber's own agreement comes first; otherwise the lowest price among the agreements of the organisations they
/// practise at. An agreed price above the price limit is never used (the list price is).
/// </summary>
public static class AgreedPricing
{
    public static ListPrice? PriceOn(
        DateOnly dispensingDay, Guid prescriberId, IReadOnlyCollection<Guid> organisationIds, string formulaCode, ListPrice? listPrice,
        string unit, IEnumerable<AccountAgreement> agreements)
    {
        var inForce = agreements
            .Where(agreement => agreement.FormulaCode == formulaCode && agreement.IsInForceOn(dispensingDay))
            .Select(agreement => (agreement, price: agreement.PriceGiven(listPrice)))
            .Where(candidate => candidate.price is { IsPositive: true } price && price.Amount <= PriceLimits.MaxPricePerUnit)
            .ToList();
        var own = inForce.Where(candidate => candidate.agreement.Account == AgreementAccount.Provider && candidate.agreement.AccountId == prescriberId);
        var organisations = inForce.Where(candidate =>
            candidate.agreement.Account == AgreementAccount.Organisation && organisationIds.Contains(candidate.agreement.AccountId));
        var chosen = own.Concat(organisations.OrderBy(candidate => candidate.price!.Value.Amount)).FirstOrDefault();
        return chosen.agreement is null
            ? listPrice
            : new ListPrice(chosen.price!.Value, listPrice?.Unit ?? unit, chosen.agreement.AgreementId);
    }
}
