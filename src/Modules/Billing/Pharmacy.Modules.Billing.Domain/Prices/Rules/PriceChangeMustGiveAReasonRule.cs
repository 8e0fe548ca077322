using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Prices;

public sealed class PriceChangeMustGiveAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "Give the reason for the price change.";
}
