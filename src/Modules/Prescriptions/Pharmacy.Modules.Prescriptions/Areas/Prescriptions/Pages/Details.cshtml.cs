using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.AnswerClarification;
using Pharmacy.Modules.Prescriptions.Features.CancelPrescription;
using Pharmacy.Modules.Prescriptions.Features.DispenseFill;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptionHistory;
using Pharmacy.Modules.Prescriptions.Features.PutPrescriptionOnHold;
using Pharmacy.Modules.Prescriptions.Features.RequestClarification;
using Pharmacy.Modules.Prescriptions.Features.ResumePrescription;
using Pharmacy.Modules.Prescriptions.Features.ShipFill;
using Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>One prescription: its facts, the acts its state allows, its fills and its record history.</summary>
[Authorize(Policy = PrescriptionAccess.Read)]
public sealed class DetailsModel(ISender sender, IAuthorizationService authorization) : PageModel
{
    /// <summary>What a pharmacist's verification signature may mean; the chosen text is stored with the signature.</summary>
    public static readonly IReadOnlyList<string> VerificationMeanings =
    [
        "Verified: prescriber, patient, formula, strength, quantity and directions reviewed against the order",
        "Verified: clinically appropriate for this patient (dose, allergies and interactions checked)",
        "Verified after clarification: the prescriber's answer resolves the question asked",
    ];

    public static IReadOnlyList<string> Carriers => ShippingCarriers.All;

    public PrescriptionDetails Prescription { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    /// <summary>Pharmacists and technicians work prescriptions (clarify, hold, hand out).</summary>
    public bool CanWork { get; private set; }

    /// <summary>Pharmacists verify, lift holds and cancel.</summary>
    public bool IsPharmacist { get; private set; }

    [BindProperty]
    public string? Meaning { get; set; }

    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? HoldReason { get; set; }

    [BindProperty]
    public string? CancelReason { get; set; }

    [BindProperty]
    public string? Carrier { get; set; }

    [BindProperty]
    public string? TrackingNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    // The password is read from the form for this request only: it is never a page property, so never shown again.
    public Task<IActionResult> OnPostVerifyAsync(Guid id, [FromForm] string? password, CancellationToken cancellationToken) =>
        ActAsync(id, PrescriptionAccess.Verify, "", "The prescription is verified with your signature. The original fill was sent to compounding.",
            () => sender.Send(new VerifyPrescription(id, new SignatureInput(password ?? "", Meaning ?? "")), cancellationToken).AsTask(),
            cancellationToken);

    public Task<IActionResult> OnPostClarifyAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, PrescriptionAccess.Work, "", "The question is recorded; the prescription waits in the clarification queue.",
            () => sender.Send(new RequestClarification(id, Question ?? ""), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, PrescriptionAccess.Work, "", "The answer is recorded; the prescription is back in the verification queue.",
            () => sender.Send(new AnswerClarification(id, Answer ?? ""), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostHoldAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, PrescriptionAccess.Work, nameof(HoldReason), "The prescription is on hold.",
            () => sender.Send(new PutPrescriptionOnHold(id, HoldReason ?? ""), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, PrescriptionAccess.Decide, "", "The hold is lifted.",
            () => sender.Send(new ResumePrescription(id), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, PrescriptionAccess.Decide, nameof(CancelReason), "The prescription is cancelled.",
            () => sender.Send(new CancelPrescription(id, CancelReason ?? ""), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostDispenseAsync(Guid id, Guid fillId, CancellationToken cancellationToken) =>
        ActAsync(id, PrescriptionAccess.Work, "", "The fill is recorded as picked up. Billing will charge it.",
            () => sender.Send(new DispenseFill(id, fillId), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostShipAsync(Guid id, Guid fillId, CancellationToken cancellationToken) =>
        ActAsync(id, PrescriptionAccess.Work, "", $"The fill is recorded as shipped with {Carrier}, tracking {TrackingNumber}. Billing will charge it.",
            () => sender.Send(new ShipFill(id, fillId, Carrier ?? "", TrackingNumber ?? ""), cancellationToken).AsTask(), cancellationToken);

    /// <summary>
    /// Runs one act of the page. Field errors keep the command's names (Question, Answer, Carrier, Signature.Password) except
    /// a reason, which goes under <paramref name="fieldPrefix"/>; broken rules go to the summary; on success, back to the page.
    /// </summary>
    private async Task<IActionResult> ActAsync(
        Guid id, string policy, string fieldPrefix, string success, Func<Task> act, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(act, prefix: ""))
        {
            TempData["Success"] = success;
            return RedirectToPage(new { id });
        }

        // "Reason" is the field of both the hold and the cancellation commands: file its errors under the form that was sent.
        if (fieldPrefix.Length > 0 && ModelState.TryGetValue("Reason", out var reason))
        {
            var errors = reason.Errors.Select(error => error.ErrorMessage).ToList();
            ModelState.Remove("Reason");
            errors.ForEach(error => ModelState.AddModelError(fieldPrefix, error));
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Prescription = await sender.Send(new GetPrescription(id), cancellationToken);
            History = await sender.Send(new GetPrescriptionHistory(id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        IsPharmacist = User.IsInRole(Roles.Pharmacist);
        CanWork = IsPharmacist || User.IsInRole(Roles.Technician);
        return true;
    }
}
