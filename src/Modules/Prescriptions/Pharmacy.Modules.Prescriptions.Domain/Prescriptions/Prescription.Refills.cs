using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// Refills (DOMAIN.md): each is a new fill that Compounding plans like the first, while refills remain, before the
/// prescription expires, after the previous fill was handed out, and not too soon after it. A clinic's request that the
/// rules refuse when it arrives waits for a pharmacist, who approves it (overriding too-soon with a reason) or declines it.
/// </summary>
public sealed partial class Prescription
{
    public RefillRequestStatus? RefillRequestStatus { get; private set; }

    public string? RefillRequestedBy { get; private set; }

    public DateTimeOffset? RefillRequestedAt { get; private set; }

    /// <summary>Why the rules refused the request when it arrived, as the clinic and the pharmacist read it.</summary>
    public string? RefillRequestRefusal { get; private set; }

    /// <summary>The pharmacist's reason for the decision on the request.</summary>
    public string? RefillRequestDecisionReason { get; private set; }

    public string? RefillRequestDecidedBy { get; private set; }

    public DateTimeOffset? RefillRequestDecidedAt { get; private set; }

    /// <summary>The fill with the highest number: the one a refill follows.</summary>
    public Fill? LatestFill => _fills.MaxBy(fill => fill.Number);

    /// <summary>Why a refill cannot be given now, in the words of the first rule that refuses it; null when it can.</summary>
    public string? RefusalOfRefill(DateTimeOffset now) => RefillRules(now, withTooSoon: true).FirstOrDefault(rule => rule.IsBroken())?.Message;

    /// <summary>Staff or a clinic ask for the next refill; every rule applies.</summary>
    public Fill RequestRefill(DateTimeOffset now)
    {
        foreach (var rule in RefillRules(now, withTooSoon: true))
        {
            CheckRule(rule);
        }

        return AddRefill(now, null, null);
    }

    /// <summary>A pharmacist gives the refill before it is due, for a reason kept on the fill with their name and the time.</summary>
    public Fill RefillTooSoon(string reason, string pharmacist, DateTimeOffset now)
    {
        CheckRule(new ReasonMustBeGivenRule("override a refill that is too soon", reason));
        foreach (var rule in RefillRules(now, withTooSoon: false))
        {
            CheckRule(rule);
        }

        return AddRefill(now, reason.Trim(), pharmacist);
    }

    /// <summary>
    /// A clinic's refill request from the portal: a new fill when the rules allow it now; otherwise kept, with the reason,
    /// for a pharmacist to decide. Returns the new fill, or null when the request waits.
    /// </summary>
    public Fill? ReceiveRefillRequest(string requestedBy, DateTimeOffset now)
    {
        RefillRequestedBy = requestedBy;
        RefillRequestedAt = now;
        RefillRequestDecisionReason = null;
        RefillRequestDecidedBy = null;
        RefillRequestDecidedAt = null;
        var refusal = RefusalOfRefill(now);
        if (refusal is null)
        {
            RefillRequestRefusal = null;
            return AddRefill(now, null, null);
        }

        RefillRequestStatus = Prescriptions.RefillRequestStatus.Pending;
        RefillRequestRefusal = refusal;
        Progressed();
        return null;
    }

    /// <summary>A pharmacist approves the waiting request: the refill is given, too-soon overridden with the reason.</summary>
    public Fill ApproveRefillRequest(string reason, string pharmacist, DateTimeOffset now)
    {
        CheckRule(new RefillRequestMustBePendingRule(RefillRequestStatus));
        return RefillTooSoon(reason, pharmacist, now);
    }

    public void DeclineRefillRequest(string reason, string pharmacist, DateTimeOffset now)
    {
        CheckRule(new RefillRequestMustBePendingRule(RefillRequestStatus));
        CheckRule(new ReasonMustBeGivenRule("decline the refill request", reason));
        RefillRequestStatus = Prescriptions.RefillRequestStatus.Declined;
        Decide(reason.Trim(), pharmacist, now);
        Progressed();
    }

    private IEnumerable<IBusinessRule> RefillRules(DateTimeOffset now, bool withTooSoon)
    {
        yield return new PrescriptionMustHaveRefillsRemainingRule(RefillsAuthorized, RefillsRemaining);
        yield return new PrescriptionMustNotBeExpiredRule(WrittenOn, ExpiresOn, DateOnly.FromDateTime(now.UtcDateTime));
        var previous = LatestFill;
        yield return new PreviousFillMustBeHandedOutRule(previous);
        if (withTooSoon)
        {
            yield return new RefillMustNotBeTooSoonRule(previous!.DispensedAt!.Value, DaysSupply, now);
        }
    }

    private Fill AddRefill(DateTimeOffset now, string? tooSoonReason, string? overriddenBy)
    {
        RefillsRemaining--;
        var fill = Fill.Request(LatestFill!.Number + 1, Quantity, now);
        if (tooSoonReason is not null)
        {
            fill.OverrideTooSoon(tooSoonReason, overriddenBy!, now);
        }

        _fills.Add(fill);
        if (RefillRequestStatus == Prescriptions.RefillRequestStatus.Pending)
        {
            RefillRequestStatus = Prescriptions.RefillRequestStatus.Approved;
            Decide(tooSoonReason, overriddenBy, now);
        }

        Status = PrescriptionStatus.Verified;
        RaiseFillRequested(fill, now);
        Progressed();
        return fill;
    }

    private void Decide(string? reason, string? by, DateTimeOffset now)
    {
        RefillRequestDecisionReason = reason;
        RefillRequestDecidedBy = by;
        RefillRequestDecidedAt = now;
    }
}

/// <summary>Where a clinic's refill request stands when the rules did not allow it on arrival.</summary>
public enum RefillRequestStatus
{
    Pending,
    Approved,
    Declined,
}

public sealed class RefillRequestMustBePendingRule(RefillRequestStatus? status) : IBusinessRule
{
    public bool IsBroken() => status != RefillRequestStatus.Pending;

    public string Message => status is null
        ? "There is no refill request waiting on this prescription."
        : $"The refill request was already {EnumText.InSentence(status.Value)}.";
}
