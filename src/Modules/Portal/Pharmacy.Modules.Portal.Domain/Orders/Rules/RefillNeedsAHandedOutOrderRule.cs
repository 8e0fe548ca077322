using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders.Rules;

/// <summary>A refill follows a fill the patient has: the order must have been shipped or picked up first.</summary>
public sealed class RefillNeedsAHandedOutOrderRule(OrderStatus status, bool hasPrescription) : IBusinessRule
{
    public bool IsBroken() => !hasPrescription || status is not (OrderStatus.Shipped or OrderStatus.Dispensed);

    public string Message => "A refill can be requested once the order has been shipped or picked up.";
}

/// <summary>What the pharmacy's rules would refuse (no refills left, expired, too soon) is refused before the request leaves, in the pharmacy's words.</summary>
public sealed class PharmacyMustHaveARefillToGiveRule(string? refusal) : IBusinessRule
{
    public bool IsBroken() => refusal is not null;

    public string Message => refusal ?? "";
}

/// <summary>A request the pharmacist has not answered yet is not asked twice: the answer comes to the order's page.</summary>
public sealed class OneRefillRequestWaitsAtATimeRule(RefillRequestState? request) : IBusinessRule
{
    public bool IsBroken() => request == RefillRequestState.Pending;

    public string Message => "Your earlier refill request still waits for a pharmacist; the answer will appear on this page.";
}
