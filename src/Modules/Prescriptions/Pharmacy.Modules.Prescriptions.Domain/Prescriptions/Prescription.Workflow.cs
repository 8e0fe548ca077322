using Pharmacy.Modules.Prescriptions.Domain.Prescribers;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// The workflow of a prescription after intake (DOMAIN.md): clarification with the prescriber, pharmacist verification,
/// production of its fill, release, dispensing or shipping; a hold or a cancellation at any open step.
/// </summary>
public sealed partial class Prescription
{
    public string? VerifiedBy { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>The latest question put to the prescriber; earlier rounds stay in the audit trail.</summary>
    public string? ClarificationQuestion { get; private set; }

    public string? ClarificationAskedBy { get; private set; }

    public DateTimeOffset? ClarificationAskedAt { get; private set; }

    public string? ClarificationAnswer { get; private set; }

    public string? ClarificationAnsweredBy { get; private set; }

    public DateTimeOffset? ClarificationAnsweredAt { get; private set; }

    public string? HoldReason { get; private set; }

    public string? HeldBy { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    /// <summary>Where the prescription returns when the hold is lifted; kept up to date while events arrive during the hold.</summary>
    public PrescriptionStatus? StatusBeforeHold { get; private set; }

    public string? CancellationReason { get; private set; }

    public string? CancelledBy { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public Fill? FindFill(FillId fillId) => _fills.FirstOrDefault(fill => fill.Id == fillId);

    /// <summary>
    /// A pharmacist verifies the prescription (the command carries the electronic signature) and the original fill is
    /// requested from Compounding. The prescription stays Verified until a batch is planned for that fill.
    /// </summary>
    /// <summary>
    /// The pharmacist verifies: the prescriber must still be active and hold, as far as this module now knows, the licence
    /// and DEA registration the prescription needs (the CRM may have changed them since intake).
    /// </summary>
    public Fill Verify(Prescriber? prescriber, PrescribingAuthority authority, string? controlledSchedule, string verifiedBy, DateTimeOffset now)
    {
        CheckRule(new OnlyAReceivedPrescriptionCanBeVerifiedRule(Status));
        CheckRule(new PrescriberMustBeActiveToVerifyRule(PrescriberNpi, prescriber?.IsActive == true));
        CheckRule(new PrescriptionMustNotBeExpiredRule(WrittenOn, ExpiresOn, DateOnly.FromDateTime(now.UtcDateTime)));
        PrescriberDeaNumber = CheckPrescribingAuthority(PrescriberNpi, authority, Patient.State, controlledSchedule, WrittenOn);
        Status = PrescriptionStatus.Verified;
        VerifiedBy = verifiedBy;
        VerifiedAt = now;
        Raise(new PrescriptionVerifiedDomainEvent(Id, RxNumber, verifiedBy, now));
        var fill = Fill.Request(Fill.OriginalFillNumber, Quantity, now);
        _fills.Add(fill);
        RaiseFillRequested(fill, now);
        Progressed();
        return fill;
    }

    public void RequestClarification(string question, string askedBy, DateTimeOffset now)
    {
        CheckRule(new ClarificationCanOnlyBeRequestedBeforeVerificationRule(Status));
        CheckRule(new TextMustBeGivenRule("question for the prescriber", question));
        Status = PrescriptionStatus.NeedsClarification;
        ClarificationQuestion = question.Trim();
        ClarificationAskedBy = askedBy;
        ClarificationAskedAt = now;
        ClarificationAnswer = null;
        ClarificationAnsweredBy = null;
        ClarificationAnsweredAt = null;
        Progressed();
    }

    /// <summary>The prescriber's answer is recorded and the prescription goes back to the verification queue.</summary>
    public void AnswerClarification(string answer, string answeredBy, DateTimeOffset now)
    {
        CheckRule(new AnswerNeedsAnOpenClarificationRule(Status));
        CheckRule(new TextMustBeGivenRule("prescriber's answer", answer));
        Status = PrescriptionStatus.Received;
        ClarificationAnswer = answer.Trim();
        ClarificationAnsweredBy = answeredBy;
        ClarificationAnsweredAt = now;
        Progressed();
    }

    public void PutOnHold(string reason, string by, DateTimeOffset now)
    {
        CheckRule(new PrescriptionMustBeOpenRule(Status));
        CheckRule(new PrescriptionMustNotAlreadyBeOnHoldRule(Status));
        CheckRule(new ReasonMustBeGivenRule("put the prescription on hold", reason));
        Hold(reason.Trim(), by, now);
    }

    /// <summary>
    /// Lifts the hold: back to where the prescription was. A fill whose batch Quality rejected is requested again,
    /// so Compounding makes it in a new batch.
    /// </summary>
    public void Resume(DateTimeOffset now)
    {
        CheckRule(new OnlyAPrescriptionOnHoldCanBeResumedRule(Status));
        var rejected = _fills.FirstOrDefault(fill => fill.Status == FillStatus.OnHold);
        if (rejected is not null)
        {
            rejected.RequestAgain(now);
            RaiseFillRequested(rejected, now);
        }

        Status = rejected is not null ? PrescriptionStatus.Verified : StatusBeforeHold ?? PrescriptionStatus.Received;
        StatusBeforeHold = null;
        HoldReason = null;
        HeldBy = null;
        HeldAt = null;
        Progressed();
    }

    /// <summary>
    /// Ends the prescription for good. Every fill not yet handed out is cancelled with it, and Compounding is told so
    /// that the fill leaves its batch.
    /// </summary>
    public void Cancel(string reason, string by, DateTimeOffset now)
    {
        CheckRule(new PrescriptionMustBeOpenRule(Status));
        CheckRule(new ReasonMustBeGivenRule("cancel the prescription", reason));
        CancellationReason = reason.Trim();
        foreach (var fill in _fills.Where(fill => fill.Status is not (FillStatus.Dispensed or FillStatus.Shipped or FillStatus.Cancelled)))
        {
            fill.Cancel();
            Raise(new FillCancelledDomainEvent(fill.Id, Id, RxNumber, fill.Number, fill.BatchId, CancellationReason, now));
        }

        Status = PrescriptionStatus.Cancelled;
        StatusBeforeHold = null;
        CancelledBy = by;
        CancelledAt = now;
        Raise(new PrescriptionCancelledDomainEvent(Id, RxNumber, CancellationReason, by, now));
        Progressed();
    }

    private void Hold(string reason, string by, DateTimeOffset now)
    {
        if (Status != PrescriptionStatus.OnHold)
        {
            StatusBeforeHold = Status;
            Status = PrescriptionStatus.OnHold;
        }

        HoldReason = reason;
        HeldBy = by;
        HeldAt = now;
        Progressed();
    }

    /// <summary>The state the prescription is in, or returns to after a hold, moves on with its fill.</summary>
    private void MoveTo(PrescriptionStatus next)
    {
        if (Status == PrescriptionStatus.OnHold)
        {
            StatusBeforeHold = next;
        }
        else
        {
            Status = next;
        }

        Progressed();
    }

    /// <summary>What the sender follows (status, question, fills, BUD, shipment) may have changed: announced once per change.</summary>
    private void Progressed() => Raise(new PrescriptionProgressedDomainEvent(this));

    private void RaiseFillRequested(Fill fill, DateTimeOffset now) =>
        Raise(new FillRequestedDomainEvent(fill.Id, Id, RxNumber, fill.Number, FormulaCode, fill.Quantity, DaysSupply, now));
}
