using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class PrescriptionMustHaveRefillsRemainingRule(int refillsAuthorized, int refillsRemaining) : IBusinessRule
{
    public bool IsBroken() => refillsRemaining <= 0;

    public string Message => refillsAuthorized == 0
        ? "The prescription authorises no refills. Ask the prescriber for a new prescription."
        : $"All {refillsAuthorized} refills of the prescription have been filled. Ask the prescriber for a new prescription.";
}

/// <summary>A refill follows a fill the patient has: the previous fill must have been picked up or shipped.</summary>
public sealed class PreviousFillMustBeHandedOutRule(Fill? previous) : IBusinessRule
{
    public bool IsBroken() => previous is not { Status: FillStatus.Dispensed or FillStatus.Shipped };

    public string Message => previous is null
        ? "The prescription has not been filled yet; verify it first."
        : $"Fill {previous.Number} is {EnumText.InSentence(previous.Status)}; a refill can be requested once it has been picked up or shipped.";
}

/// <summary>
/// A refill is too soon before 75% of the previous fill's days supply has passed since it was handed out (DOMAIN.md).
/// A pharmacist may override it with a reason.
/// </summary>
public sealed class RefillMustNotBeTooSoonRule(DateTimeOffset handedOutAt, int daysSupply, DateTimeOffset now) : IBusinessRule
{
    public const decimal ShareOfDaysSupply = 0.75m;

    public DateTimeOffset EarliestAt => handedOutAt + TimeSpan.FromDays((double)(daysSupply * ShareOfDaysSupply));

    public bool IsBroken() => now < EarliestAt;

    public string Message =>
        $"The refill is too soon: the previous fill of {daysSupply} days supply was handed out on {handedOutAt:yyyy-MM-dd}, and a refill is due " +
        $"once 75% of it has passed, on {EarliestAt:yyyy-MM-dd}. Wait until then, or a pharmacist may override with a reason.";
}
