using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public sealed class PriceMustBePositiveRule(decimal pricePerUnit) : IBusinessRule
{
    public bool IsBroken() => pricePerUnit <= 0;

    public string Message => "A price per unit must be more than $0.00.";
}
