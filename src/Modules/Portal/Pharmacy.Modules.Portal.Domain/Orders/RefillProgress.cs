namespace Pharmacy.Modules.Portal.Domain.Orders;

/// <summary>What the pharmacy says of the refills of an order's prescription.</summary>
/// <param name="FillCount">Fills made so far: the first one and each refill.</param>
/// <param name="Remaining">Refills left; null when the pharmacy did not say.</param>
/// <param name="Request">The answer to a request the rules did not allow on arrival; null when none was kept.</param>
/// <param name="Note">Why it waits, or why it was declined.</param>
public sealed record RefillProgress(int FillCount, int? Remaining, RefillRequestState? Request, string? Note);

/// <summary>A refill request the pharmacy's rules did not allow on arrival, kept for a pharmacist.</summary>
public enum RefillRequestState
{
    [Pharmacy.Shared.Kernel.DisplayText("Waiting for a pharmacist")]
    Pending,

    Approved,

    Declined,
}
