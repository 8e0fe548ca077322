using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Portal.Features.PlaceOrder;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages;

/// <summary>A new order from the pharmacy's catalogue, for one of the organisation's prescribers, with directions from choices.</summary>
[AuthorizeAct(typeof(PlaceOrder))]
public sealed class NewModel(ISender sender, ICurrentOrganisation organisation, IOrganisationDirectory directory, IPrescriptionIntakeCheck intake)
    : PageModel
{
    public static readonly IReadOnlyList<string> States = [.. ContactRules.StateCodes.Order(StringComparer.Ordinal)];

    [BindProperty]
    public OrderInput Input { get; set; } = new();

    public IReadOnlyList<OrganisationPrescriber> Prescribers { get; private set; } = [];

    public IReadOnlyList<OrderableFormulaInfo> Formulas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        OrderPlaced? placed = null;
        var done = ModelState.IsValid && await ModelState.TryAsync(async () => placed = await sender.Send(Input.ToCommand(), cancellationToken));
        if (!done)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        TempData["Success"] = $"Order {placed!.Number} is sent to the pharmacy.";
        return RedirectToPage("Order", new { id = placed.Id });
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        if (organisation.RestrictedTo is { } id && id != Guid.Empty)
        {
            Prescribers = (await directory.PrescribersOfAsync(id, cancellationToken)).Where(p => p.Status == "Active").ToList();
        }

        Formulas = await intake.OrderableFormulasAsync(cancellationToken);
    }

    public sealed class OrderInput
    {
        public Guid? PrescriberId { get; set; }

        public string? PatientFirstName { get; set; }

        public string? PatientLastName { get; set; }

        public DateOnly? PatientDateOfBirth { get; set; }

        public string? PatientSex { get; set; }

        public string? PatientState { get; set; }

        public string? ShipToLine { get; set; }

        public string? ShipToCity { get; set; }

        public string? ShipToState { get; set; }

        public string? ShipToZip { get; set; }

        public string? FormulaCode { get; set; }

        public decimal? Quantity { get; set; }

        public decimal? DoseAmount { get; set; }

        public string? DoseUnit { get; set; }

        public string? Route { get; set; }

        public string? Frequency { get; set; }

        public int? DaysSupply { get; set; }

        public int? Refills { get; set; }

        public PlaceOrder ToCommand() => new(
            PrescriberId ?? Guid.Empty, PatientFirstName ?? "", PatientLastName ?? "", PatientDateOfBirth ?? default, PatientSex ?? "", PatientState ?? "",
            ShipToLine ?? "", ShipToCity ?? "", ShipToState ?? "", ShipToZip ?? "", FormulaCode ?? "", Quantity ?? 0, DoseAmount ?? 0, DoseUnit ?? "",
            Route ?? "", Frequency ?? "", DaysSupply ?? 0, Refills ?? 0);
    }
}
