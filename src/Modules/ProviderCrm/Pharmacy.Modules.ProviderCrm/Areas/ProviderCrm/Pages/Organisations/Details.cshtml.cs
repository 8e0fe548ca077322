using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Features.AddOrganisationContact;
using Pharmacy.Modules.ProviderCrm.Features.AddPricingAgreement;
using Pharmacy.Modules.ProviderCrm.Features.GetDocuments;
using Pharmacy.Modules.ProviderCrm.Features.GetPricingAgreements;
using Pharmacy.Modules.ProviderCrm.Features.UploadDocument;
using Pharmacy.Modules.ProviderCrm.Features.ChangeOrganisationDetails;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisation;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisationHistory;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Organisations;

/// <summary>
/// An organisation's page: where it is, the people to talk to, the providers who practise there, its documents, the
/// pricing agreements that price its providers' fills, its history.
/// </summary>
[Authorize(Policy = CrmAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : PageModel
{
    public OrganisationDetails Organisation { get; private set; } = null!;

    public ContactForm Contact { get; private set; } = new();

    public DetailsForm Details { get; private set; } = new();

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<PricingAgreementRow> PricingAgreements { get; private set; } = [];

    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];

    public Providers.DetailsModel.PricingForm Pricing { get; private set; } = new();

    public Providers.DetailsModel.UploadForm Upload { get; private set; } = new();

    public Task<IActionResult> OnPostPricingAsync(Guid id, Providers.DetailsModel.PricingForm pricing, CancellationToken cancellationToken)
    {
        Pricing = pricing;
        return ActAsync(id, nameof(Pricing), new AddPricingAgreement(
                nameof(AccountKind.Organisation), id, pricing.FormulaCode ?? "", pricing.Terms ?? "", pricing.PricePerUnit, pricing.DiscountPercent,
                pricing.EffectiveFrom ?? default, pricing.EffectiveTo, pricing.Note),
            $"The pricing agreement for {pricing.FormulaCode?.ToUpperInvariant()} is recorded; Billing prices the organisation's providers' fills with it.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, Providers.DetailsModel.UploadForm upload, CancellationToken cancellationToken)
    {
        Upload = upload;
        var content = await Providers.DetailsModel.UploadForm.ReadAsync(upload.File, cancellationToken);
        return await ActAsync(id, nameof(Upload), new UploadDocument(
                nameof(AccountKind.Organisation), id, upload.Kind ?? "", upload.File?.FileName ?? "", content),
            $"{upload.File?.FileName} is kept with the organisation's documents.", cancellationToken);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostContactAsync(Guid id, ContactForm contact, CancellationToken cancellationToken)
    {
        Contact = contact;
        return ActAsync(id, nameof(Contact), new AddOrganisationContact(id, contact.Name ?? "", contact.Role, contact.Email, contact.Phone),
            $"{contact.Name} is added to the contacts.", cancellationToken);
    }

    public Task<IActionResult> OnPostDetailsAsync(Guid id, DetailsForm details, CancellationToken cancellationToken)
    {
        Details = details;
        return ActAsync(id, nameof(Details), new ChangeOrganisationDetails(
            id, details.Name ?? "", details.Kind ?? "", details.AddressLine1 ?? "", details.City ?? "", details.State ?? "", details.Zip ?? "",
            details.Phone ?? "", details.AddressLine2, details.Email), "The organisation's details are saved.", cancellationToken);
    }

    /// <summary>Runs one act when its access rule admits the person; its field errors land on the form named <paramref name="form"/>.</summary>
    private async Task<IActionResult> ActAsync(Guid id, string form, IBaseCommand command, string success, CancellationToken cancellationToken)
    {
        if (!await access.AllowsAsync(command.GetType(), User))
        {
            return Forbid();
        }

        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), form))
        {
            TempData["Success"] = success;
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, cancellationToken, keepDetails: form == nameof(Details)) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken, bool keepDetails = false)
    {
        try
        {
            Organisation = await sender.Send(new GetOrganisation(id), cancellationToken);
            if (!keepDetails)
            {
                Details = new DetailsForm
                {
                    Name = Organisation.Name, Kind = Organisation.Kind, AddressLine1 = Organisation.AddressLine1, AddressLine2 = Organisation.AddressLine2,
                    City = Organisation.City, State = Organisation.State, Zip = Organisation.Zip, Phone = Organisation.Phone, Email = Organisation.Email,
                };
            }

            History = await sender.Send(new GetOrganisationHistory(id), cancellationToken);
            PricingAgreements = await sender.Send(new GetPricingAgreements(AccountKind.Organisation, id), cancellationToken);
            if (await access.AllowsAsync<GetDocuments>(User))
            {
                Documents = await sender.Send(new GetDocuments(AccountKind.Organisation, id), cancellationToken);
            }

            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class DetailsForm
    {
        public string? Name { get; set; }

        public string? Kind { get; set; }

        public string? AddressLine1 { get; set; }

        public string? AddressLine2 { get; set; }

        public string? City { get; set; }

        public string? State { get; set; }

        public string? Zip { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }
    }

    public sealed class ContactForm
    {
        public string? Name { get; set; }

        public string? Role { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }
    }
}
