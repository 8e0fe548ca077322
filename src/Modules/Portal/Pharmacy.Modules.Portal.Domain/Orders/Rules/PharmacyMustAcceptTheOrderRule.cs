using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders.Rules;

/// <summary>What the pharmacy's intake would refuse (an inactive or unlicensed prescriber, no DEA registration for a controlled formula...) is refused before the order leaves, in intake's words.</summary>
public sealed class PharmacyMustAcceptTheOrderRule(string? refusal) : IBusinessRule
{
    public bool IsBroken() => refusal is not null;

    public string Message => refusal ?? "";
}
