using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public sealed class PriceMustDifferFromTheCurrentOneRule(decimal current, decimal proposed, string unit) : IBusinessRule
{
    public bool IsBroken() => current == proposed;

    public string Message => string.Create(CultureInfo.InvariantCulture, $"The price is already ${current:0.00##} per {unit}.");
}
