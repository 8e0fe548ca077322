using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.AnswerClarification;
using Pharmacy.Modules.Prescriptions.Features.CancelPrescription;
using Pharmacy.Modules.Prescriptions.Features.CheckFill;
using Pharmacy.Modules.Prescriptions.Features.ApproveRefillRequest;
using Pharmacy.Modules.Prescriptions.Features.DeclineRefillRequest;
using Pharmacy.Modules.Prescriptions.Features.DispenseFill;
using Pharmacy.Modules.Prescriptions.Features.RefillTooSoon;
using Pharmacy.Modules.Prescriptions.Features.RequestRefill;
using Pharmacy.Modules.Prescriptions.Features.GetPatient;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptionHistory;
using Pharmacy.Modules.Prescriptions.Features.PutPrescriptionOnHold;
using Pharmacy.Modules.Prescriptions.Features.RequestClarification;
using Pharmacy.Modules.Prescriptions.Features.ResumePrescription;
using Pharmacy.Modules.Prescriptions.Features.ShipFill;
using Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>
/// One prescription: its facts, the acts its state allows, its fills and its record history. Each act has its own
/// handler and its own form, bound by that handler only; a refused act shows its errors on its own form's fields.
/// </summary>
[Authorize(Policy = PrescriptionAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : RecordPageModel(sender, access)
{
    /// <summary>What a pharmacist's verification signature may mean; the chosen text is stored with the signature.</summary>
    public static readonly IReadOnlyList<string> VerificationMeanings =
    [
        "Verified: prescriber, patient, formula, strength, quantity and directions reviewed against the order",
        "Verified: clinically appropriate for this patient (dose, allergies and interactions checked)",
        "Verified after clarification: the prescriber's answer resolves the question asked",
    ];

    /// <summary>What a pharmacist's signature on a refill given before it is due means.</summary>
    public static readonly IReadOnlyList<string> TooSoonMeanings =
    [
        "Refill given before it is due: the patient's need reviewed and the reason recorded",
    ];

    /// <summary>What a pharmacist's signature on the final check of a fill means.</summary>
    public static readonly IReadOnlyList<string> FinalCheckMeanings =
    [
        "Final check: right patient, preparation, quantity, label and beyond-use date checked against the prescription",
    ];

    public static IReadOnlyList<string> Carriers => ShippingCarriers.All;

    public PrescriptionDetails Prescription { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    /// <summary>The patient's record (allergies, medications), for the pharmacist who verifies; none for prescriptions received before records were kept.</summary>
    public PatientDetailsView? PatientRecord { get; private set; }

    public VerifyForm Verify { get; private set; } = new();

    public ClarifyForm Clarify { get; private set; } = new();

    public AnswerForm Answer { get; private set; } = new();

    public ReasonForm Hold { get; private set; } = new();

    public ReasonForm Cancel { get; private set; } = new();

    public ShipForm Ship { get; private set; } = new();

    public FinalCheckForm FinalCheck { get; private set; } = new();

    public PickupForm Pickup { get; private set; } = new();

    public SignedReasonForm TooSoon { get; private set; } = new();

    public SignedReasonForm Approve { get; private set; } = new();

    public ReasonForm Decline { get; private set; } = new();

    public Task<IActionResult> OnPostRefillAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Refill", new RequestRefill(id), "The refill is sent to compounding.", cancellationToken);

    public Task<IActionResult> OnPostTooSoonAsync(Guid id, SignedReasonForm tooSoon, CancellationToken cancellationToken)
    {
        TooSoon = tooSoon;
        return ActAsync(id, nameof(TooSoon), new RefillTooSoon(id, tooSoon.Reason ?? "", tooSoon.Signature.ToInput()),
            "The refill is given before it was due, with your signature and reason. It is sent to compounding.", cancellationToken);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, SignedReasonForm approve, CancellationToken cancellationToken)
    {
        Approve = approve;
        return ActAsync(id, nameof(Approve), new ApproveRefillRequest(id, approve.Reason ?? "", approve.Signature.ToInput()),
            "The clinic's refill request is approved with your signature. The refill is sent to compounding.", cancellationToken);
    }

    public Task<IActionResult> OnPostDeclineAsync(Guid id, ReasonForm decline, CancellationToken cancellationToken)
    {
        Decline = decline;
        return ActAsync(id, nameof(Decline), new DeclineRefillRequest(id, decline.Reason ?? ""),
            "The clinic's refill request is declined; the clinic sees your reason.", cancellationToken);
    }

    public Task<IActionResult> OnPostVerifyAsync(Guid id, VerifyForm verify, CancellationToken cancellationToken)
    {
        Verify = verify;
        return ActAsync(id, nameof(Verify), new VerifyPrescription(id, verify.Signature.ToInput()),
            "The prescription is verified with your signature. The original fill was sent to compounding.", cancellationToken);
    }

    public Task<IActionResult> OnPostClarifyAsync(Guid id, ClarifyForm clarify, CancellationToken cancellationToken)
    {
        Clarify = clarify;
        return ActAsync(id, nameof(Clarify), new RequestClarification(id, clarify.Question ?? ""),
            "The question is recorded; the prescription waits in the clarification queue.", cancellationToken);
    }

    public Task<IActionResult> OnPostAnswerAsync(Guid id, AnswerForm answer, CancellationToken cancellationToken)
    {
        Answer = answer;
        return ActAsync(id, nameof(Answer), new AnswerClarification(id, answer.Answer ?? ""),
            "The answer is recorded; the prescription is back in the verification queue.", cancellationToken);
    }

    public Task<IActionResult> OnPostHoldAsync(Guid id, ReasonForm hold, CancellationToken cancellationToken)
    {
        Hold = hold;
        return ActAsync(id, nameof(Hold), new PutPrescriptionOnHold(id, hold.Reason ?? ""), "The prescription is on hold.", cancellationToken);
    }

    public Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, "Resume", new ResumePrescription(id), "The hold is lifted.", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, ReasonForm cancel, CancellationToken cancellationToken)
    {
        Cancel = cancel;
        return ActAsync(id, nameof(Cancel), new CancelPrescription(id, cancel.Reason ?? ""), "The prescription is cancelled.", cancellationToken);
    }

    public Task<IActionResult> OnPostFinalCheckAsync(Guid id, Guid fillId, FinalCheckForm finalCheck, CancellationToken cancellationToken)
    {
        FinalCheck = finalCheck;
        return ActAsync(id, nameof(FinalCheck), new CheckFill(id, fillId, finalCheck.Signature.ToInput()),
            "The final check is signed. The fill can now be picked up or shipped.", cancellationToken);
    }

    public Task<IActionResult> OnPostDispenseAsync(Guid id, Guid fillId, PickupForm pickup, CancellationToken cancellationToken)
    {
        Pickup = pickup;
        return ActAsync(id, nameof(Pickup), new DispenseFill(id, fillId, pickup.CollectedBy ?? "", pickup.Relationship, pickup.Counselling),
            "The fill is recorded as picked up. Billing will charge it.", cancellationToken);
    }

    public Task<IActionResult> OnPostShipAsync(Guid id, Guid fillId, ShipForm ship, CancellationToken cancellationToken)
    {
        Ship = ship;
        return ActAsync(id, nameof(Ship), new ShipFill(id, fillId, ship.Carrier ?? "", ship.TrackingNumber ?? "", ship.ColdChainPacked),
            $"The fill is recorded as shipped with {ship.Carrier}, tracking {ship.TrackingNumber}. Billing will charge it.", cancellationToken);
    }

    protected override async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Prescription = await Sender.Send(new GetPrescription(id), cancellationToken);
        History = await Sender.Send(new GetPrescriptionHistory(id), cancellationToken);
        PatientRecord = Prescription.PatientId is { } patientId && await Acts.AllowsAsync(typeof(GetPatient), User)
            ? await Sender.Send(new GetPatient(patientId), cancellationToken)
            : null;
    }

    public sealed class VerifyForm
    {
        public SignatureForm Signature { get; set; } = new();
    }

    public sealed class ClarifyForm
    {
        public string? Question { get; set; }
    }

    public sealed class AnswerForm
    {
        public string? Answer { get; set; }
    }

    /// <summary>The reason of a hold or of a cancellation.</summary>
    public sealed class ReasonForm
    {
        public string? Reason { get; set; }
    }

    /// <summary>A pharmacist's reason with their electronic signature.</summary>
    public sealed class SignedReasonForm
    {
        public string? Reason { get; set; }

        public SignatureForm Signature { get; set; } = new();
    }

    public sealed class ShipForm
    {
        public string? Carrier { get; set; }

        public string? TrackingNumber { get; set; }

        public bool ColdChainPacked { get; set; }
    }

    public sealed class FinalCheckForm
    {
        public SignatureForm Signature { get; set; } = new();
    }

    public sealed class PickupForm
    {
        public string? CollectedBy { get; set; }

        public CollectorRelationship? Relationship { get; set; }

        public CounsellingAnswer? Counselling { get; set; }
    }
}
