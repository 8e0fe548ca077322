using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.GetOrderableFormulas;
using Pharmacy.Modules.Prescriptions.Features.GetPrescribers;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>Staff entry of a prescription that came by phone, fax or on paper (intake channel Staff).</summary>
[AuthorizeAct(typeof(ReceivePrescription))]
public sealed class NewModel(ISender sender, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<string> States = [.. ContactRules.StateCodes.Order(StringComparer.Ordinal)];

    [BindProperty]
    public NewPrescriptionInput Input { get; set; } = new();

    public IReadOnlyList<PrescriberSummary> Prescribers { get; private set; } = [];

    public IReadOnlyList<FormulaInfo> Formulas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.WrittenOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        PrescriptionReceivedResponse? received = null;
        // A value the browser could not turn into a number or date is already an error next to its field.
        var done = ModelState.IsValid && await ModelState.TryAsync(async () => received = await sender.Send(Input.ToCommand(), cancellationToken));
        if (!done)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        TempData["Success"] = $"Rx {received!.RxNumber} is received and waits for verification.";
        return RedirectToPage("Details", new { id = received.Id });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Prescribers = (await sender.Send(new GetPrescribers(null, ActiveOnly: true, PageSize: PageRequest.MaxPageSize), cancellationToken)).Items;
        Formulas = await sender.Send(new GetOrderableFormulas(), cancellationToken);
    }

    public sealed class NewPrescriptionInput
    {
        public string? PrescriberNpi { get; set; }

        public PatientForm Patient { get; set; } = new();

        public string? FormulaCode { get; set; }

        public decimal? Quantity { get; set; }

        public string? Directions { get; set; }

        public int? DaysSupply { get; set; }

        public int? Refills { get; set; }

        public DateOnly? WrittenOn { get; set; }

        public ReceivePrescription ToCommand() => new(
            IntakeChannel.Staff, null, PrescriberNpi ?? "",
            new PatientInput(Patient.FirstName ?? "", Patient.LastName ?? "", Patient.DateOfBirth ?? default, Patient.Sex ?? "", Patient.State ?? ""),
            FormulaCode ?? "", Quantity ?? 0, Directions ?? "", DaysSupply ?? 0, Refills ?? 0, WrittenOn ?? default);
    }

    public sealed class PatientForm
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateOnly? DateOfBirth { get; set; }

        public string? Sex { get; set; }

        public string? State { get; set; }
    }
}
