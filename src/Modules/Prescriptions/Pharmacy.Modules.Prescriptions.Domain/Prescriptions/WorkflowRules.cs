using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class OnlyAReceivedPrescriptionCanBeVerifiedRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.Received;

    public string Message => status == PrescriptionStatus.NeedsClarification
        ? "The prescription waits for the prescriber's answer to a clarification; record the answer before verifying."
        : $"Only a received prescription can be verified; this one is {EnumText.InSentence(status)}.";
}

public sealed class PrescriberMustBeActiveToVerifyRule(string npi, bool active) : IBusinessRule
{
    public bool IsBroken() => !active;

    public string Message => $"The prescriber with NPI {npi} is no longer active with the pharmacy; the prescription cannot be verified.";
}

public sealed class ClarificationCanOnlyBeRequestedBeforeVerificationRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.Received;

    public string Message => status == PrescriptionStatus.NeedsClarification
        ? "A clarification is already open; record the prescriber's answer first."
        : $"A clarification is asked before verification; this prescription is {EnumText.InSentence(status)}.";
}

public sealed class AnswerNeedsAnOpenClarificationRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.NeedsClarification;

    public string Message => "There is no open clarification on this prescription to answer.";
}

public sealed class PrescriptionMustBeOpenRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => !PrescriptionWorkflow.IsOpen(status);

    public string Message => $"The prescription is {EnumText.InSentence(status)}; it can no longer be changed.";
}

public sealed class PrescriptionMustNotAlreadyBeOnHoldRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status == PrescriptionStatus.OnHold;

    public string Message => "The prescription is already on hold.";
}

public sealed class OnlyAPrescriptionOnHoldCanBeResumedRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.OnHold;

    public string Message => $"Only a prescription on hold can be resumed; this one is {EnumText.InSentence(status)}.";
}

public sealed class PrescriptionMustBeReadyToDispenseRule(PrescriptionStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PrescriptionStatus.ReadyToDispense;

    public string Message => $"The prescription is {EnumText.InSentence(status)}, not ready to dispense.";
}

public sealed class FillMustBeReadyToDispenseRule(int fillNumber, FillStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FillStatus.ReadyToDispense;

    public string Message =>
        $"Fill {fillNumber} is {EnumText.InSentence(status)}; only a fill whose batch Quality released can be handed out.";
}

public sealed class ShipmentNeedsCarrierAndTrackingNumberRule(string? carrier, string? trackingNumber) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(carrier) || string.IsNullOrWhiteSpace(trackingNumber);

    public string Message => "A shipped fill needs its carrier and tracking number.";
}

public sealed class ReasonMustBeGivenRule(string act, string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => $"Give the reason to {act}.";
}

public sealed class TextMustBeGivenRule(string what, string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text);

    public string Message => $"Write the {what}.";
}

/// <summary>Which states are still open to work.</summary>
public static class PrescriptionWorkflow
{
    public static bool IsOpen(PrescriptionStatus status) =>
        status is not (PrescriptionStatus.Dispensed or PrescriptionStatus.Shipped or PrescriptionStatus.Cancelled);
}
