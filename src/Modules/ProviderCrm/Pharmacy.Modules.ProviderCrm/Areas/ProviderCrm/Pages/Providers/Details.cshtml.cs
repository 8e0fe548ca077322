using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Features.ActivateProvider;
using Pharmacy.Modules.ProviderCrm.Features.AddPricingAgreement;
using Pharmacy.Modules.ProviderCrm.Features.AddProviderToOrganisation;
using Pharmacy.Modules.ProviderCrm.Features.ChangeProviderContactDetails;
using Pharmacy.Modules.ProviderCrm.Features.DeactivateProvider;
using Pharmacy.Modules.ProviderCrm.Features.EndPricingAgreement;
using Pharmacy.Modules.ProviderCrm.Features.AddFollowUpTask;
using Pharmacy.Modules.ProviderCrm.Features.CompleteFollowUpTask;
using Pharmacy.Modules.ProviderCrm.Features.GetDocuments;
using Pharmacy.Modules.ProviderCrm.Features.GetFollowUpTasks;
using Pharmacy.Modules.ProviderCrm.Features.GetGifts;
using Pharmacy.Modules.ProviderCrm.Features.GetInteractions;
using Pharmacy.Modules.ProviderCrm.Features.LogGift;
using Pharmacy.Modules.ProviderCrm.Features.RecordInteraction;
using Pharmacy.Modules.ProviderCrm.Features.ReopenFollowUpTask;
using Pharmacy.Modules.ProviderCrm.Features.GetExpiringCredentials;
using Pharmacy.Modules.ProviderCrm.Features.GetOrganisations;
using Pharmacy.Modules.ProviderCrm.Features.GetPricingAgreements;
using Pharmacy.Modules.ProviderCrm.Features.GetProvider;
using Pharmacy.Modules.ProviderCrm.Features.GetProviderHistory;
using Pharmacy.Modules.ProviderCrm.Features.RecordDeaRegistration;
using Pharmacy.Modules.ProviderCrm.Features.RecordProviderLicence;
using Pharmacy.Modules.ProviderCrm.Features.RemoveDeaRegistration;
using Pharmacy.Modules.ProviderCrm.Features.RemoveProviderLicence;
using Pharmacy.Modules.ProviderCrm.Features.StartProviderOnboarding;
using Pharmacy.Modules.ProviderCrm.Features.SuspendProvider;
using Pharmacy.Modules.ProviderCrm.Features.TickOnboardingItem;
using Pharmacy.Modules.ProviderCrm.Features.UploadDocument;
using Pharmacy.Modules.ProviderCrm.Features.WithdrawPricingAgreement;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Providers;

/// <summary>
/// A provider's page: profile, licences, DEA registrations, organisations, onboarding checklist, pricing, status and
/// history. Each act has its own form, named for the act, so its command's field errors land on that form's fields.
/// </summary>
[Authorize(Policy = CrmAccess.Read)]
public sealed class DetailsModel(ISender sender, ActAccess access) : RecordPageModel(sender, access)
{
    private bool _keepContact;

    /// <summary>Organisations offered for a membership: enough for a pharmacy's accounts; search finds the rest.</summary>
    private const int OrganisationChoices = 200;

    public ProviderDetails Provider { get; private set; } = null!;

    public ReasonForm StartOnboarding { get; private set; } = new();

    public ReasonForm Activate { get; private set; } = new();

    public ReasonForm Suspend { get; private set; } = new();

    public ReasonForm Deactivate { get; private set; } = new();

    public LicenceForm Licence { get; private set; } = new();

    public DeaForm Dea { get; private set; } = new();

    public MembershipForm Membership { get; private set; } = new();

    public ContactForm Contact { get; private set; } = new();

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<PricingAgreementRow> PricingAgreements { get; private set; } = [];

    public PricingForm Pricing { get; private set; } = new();

    public UploadForm Upload { get; private set; } = new();

    public InteractionForm Interaction { get; private set; } = new();

    public TaskForm FollowUp { get; private set; } = new();

    public GiftForm Gift { get; private set; } = new();

    public IReadOnlyList<InteractionRow> Interactions { get; private set; } = [];

    public IReadOnlyList<FollowUpTaskRow> Tasks { get; private set; } = [];

    public IReadOnlyList<GiftRow> Gifts { get; private set; } = [];

    /// <summary>The provider's documents, for the roles that may see them; empty for everyone else.</summary>
    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];

    public EndAgreementForm EndAgreement { get; private set; } = new();

    /// <summary>The provider's licences and DEA registrations that expire within 60 days or have expired, by badge.</summary>
    public IReadOnlyList<ExpiringCredential> Expiring { get; private set; } = [];

    public Task<IActionResult> OnPostStartOnboardingAsync(Guid id, ReasonForm startOnboarding, CancellationToken cancellationToken)
    {
        StartOnboarding = startOnboarding;
        return ActAsync(id, nameof(StartOnboarding), new StartProviderOnboarding(id, startOnboarding.Reason ?? ""),
            "Onboarding has started. Tick each checklist item as it is done.", cancellationToken);
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id, ReasonForm activate, CancellationToken cancellationToken)
    {
        Activate = activate;
        return ActAsync(id, nameof(Activate), new ActivateProvider(id, activate.Reason),
            "The provider is active. The pharmacy now accepts their prescriptions.", cancellationToken);
    }

    public Task<IActionResult> OnPostSuspendAsync(Guid id, ReasonForm suspend, CancellationToken cancellationToken)
    {
        Suspend = suspend;
        return ActAsync(id, nameof(Suspend), new SuspendProvider(id, suspend.Reason ?? ""),
            "The provider is suspended. New prescriptions from them will be refused.", cancellationToken);
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, ReasonForm deactivate, CancellationToken cancellationToken)
    {
        Deactivate = deactivate;
        return ActAsync(id, nameof(Deactivate), new DeactivateProvider(id, deactivate.Reason ?? ""),
            "The provider is inactive.", cancellationToken);
    }

    public Task<IActionResult> OnPostLicenceAsync(Guid id, LicenceForm licence, CancellationToken cancellationToken)
    {
        Licence = licence;
        return ActAsync(id, nameof(Licence), new RecordProviderLicence(id, licence.State ?? "", licence.Number ?? "", licence.ExpiresOn ?? default),
            $"The licence in {licence.State?.ToUpperInvariant()} is recorded.", cancellationToken);
    }

    public Task<IActionResult> OnPostDeaAsync(Guid id, DeaForm dea, CancellationToken cancellationToken)
    {
        Dea = dea;
        return ActAsync(id, nameof(Dea), new RecordDeaRegistration(id, dea.Number ?? "", dea.Schedules ?? [], dea.ExpiresOn ?? default),
            "The DEA registration is recorded.", cancellationToken);
    }

    public Task<IActionResult> OnPostMembershipAsync(Guid id, MembershipForm membership, CancellationToken cancellationToken)
    {
        Membership = membership;
        return ActAsync(id, nameof(Membership), new AddProviderToOrganisation(id, membership.OrganisationId ?? Guid.Empty, membership.Role),
            "The provider's organisation is recorded.", cancellationToken);
    }

    public Task<IActionResult> OnPostContactAsync(Guid id, ContactForm contact, CancellationToken cancellationToken)
    {
        Contact = contact;
        _keepContact = true;
        return ActAsync(id, nameof(Contact), new ChangeProviderContactDetails(id, contact.Email, contact.Phone, contact.Specialties),
            "The provider's contact details are saved.", cancellationToken);
    }

    public Task<IActionResult> OnPostTickAsync(Guid id, string? item, Guid? documentId, CancellationToken cancellationToken) =>
        ActAsync(id, "Tick", new TickOnboardingItem(id, item ?? "", documentId), "The checklist item is ticked.", cancellationToken);

    public Task<IActionResult> OnPostInteractionAsync(Guid id, InteractionForm interaction, CancellationToken cancellationToken)
    {
        Interaction = interaction;
        return ActAsync(id, nameof(Interaction), new RecordInteraction(
                nameof(AccountKind.Provider), id, interaction.Kind ?? "", interaction.OccurredOn ?? default, interaction.Summary ?? "", interaction.Outcome),
            "The interaction is recorded.", cancellationToken);
    }

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, TaskForm followUp, CancellationToken cancellationToken)
    {
        FollowUp = followUp;
        var task = followUp;
        return ActAsync(id, nameof(FollowUp), new AddFollowUpTask(nameof(AccountKind.Provider), id, task.Title ?? "", task.DueOn ?? default, task.AssignedTo),
            "The follow-up task is added.", cancellationToken);
    }

    public Task<IActionResult> OnPostTaskDoneAsync(Guid id, Guid taskId, CancellationToken cancellationToken) =>
        ActAsync(id, nameof(FollowUp), new CompleteFollowUpTask(taskId), "The task is done.", cancellationToken);

    public Task<IActionResult> OnPostTaskUndoneAsync(Guid id, Guid taskId, CancellationToken cancellationToken) =>
        ActAsync(id, nameof(FollowUp), new ReopenFollowUpTask(taskId), "The task is open again.", cancellationToken);

    public Task<IActionResult> OnPostGiftAsync(Guid id, GiftForm gift, CancellationToken cancellationToken)
    {
        Gift = gift;
        return ActAsync(id, nameof(Gift), new LogGift(id, gift.Kind ?? "", gift.Description ?? "", gift.Value ?? -1, gift.GivenOn ?? default, gift.FlagForReview),
            "The sample or gift is logged; a flagged entry waits for the compliance review.", cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, UploadForm upload, CancellationToken cancellationToken)
    {
        Upload = upload;
        var content = await UploadForm.ReadAsync(upload.File, cancellationToken);
        return await ActAsync(id, nameof(Upload), new UploadDocument(
                nameof(AccountKind.Provider), id, upload.Kind ?? "", upload.File?.FileName ?? "", content),
            $"{upload.File?.FileName} is kept with the provider's documents.", cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveLicenceAsync(Guid id, string? state, CancellationToken cancellationToken) =>
        ActAsync(id, "Licence", new RemoveProviderLicence(id, state ?? ""), $"The licence in {state} is removed.", cancellationToken);

    public Task<IActionResult> OnPostRemoveDeaAsync(Guid id, string? number, CancellationToken cancellationToken) =>
        ActAsync(id, "Dea", new RemoveDeaRegistration(id, number ?? ""), "The DEA registration is removed.", cancellationToken);

    public Task<IActionResult> OnPostPricingAsync(Guid id, PricingForm pricing, CancellationToken cancellationToken)
    {
        Pricing = pricing;
        return ActAsync(id, nameof(Pricing), new AddPricingAgreement(
                nameof(AccountKind.Provider), id, pricing.FormulaCode ?? "", pricing.Terms ?? "", pricing.PricePerUnit, pricing.DiscountPercent,
                pricing.EffectiveFrom ?? default, pricing.EffectiveTo, pricing.Note),
            $"The pricing agreement for {pricing.FormulaCode?.ToUpperInvariant()} is recorded; Billing prices the provider's fills with it.", cancellationToken);
    }

    public Task<IActionResult> OnPostEndAgreementAsync(Guid id, EndAgreementForm endAgreement, CancellationToken cancellationToken)
    {
        EndAgreement = endAgreement;
        return ActAsync(id, nameof(EndAgreement), new EndPricingAgreement(endAgreement.AgreementId ?? Guid.Empty, endAgreement.LastDay ?? default, endAgreement.Reason ?? ""),
            "The pricing agreement is ended.", cancellationToken);
    }

    public Task<IActionResult> OnPostWithdrawAgreementAsync(Guid id, EndAgreementForm endAgreement, CancellationToken cancellationToken)
    {
        EndAgreement = endAgreement;
        return ActAsync(id, nameof(EndAgreement), new WithdrawPricingAgreement(endAgreement.AgreementId ?? Guid.Empty, endAgreement.Reason ?? ""),
            "The pricing agreement is withdrawn.", cancellationToken);
    }

    protected override async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Provider = await Sender.Send(new GetProvider(id), cancellationToken);
        if (!_keepContact)
        {
            Contact = new ContactForm { Email = Provider.Email, Phone = Provider.Phone, Specialties = Provider.Specialties };
        }

        History = await Sender.Send(new GetProviderHistory(id), cancellationToken);
        PricingAgreements = await Sender.Send(new GetPricingAgreements(AccountKind.Provider, id), cancellationToken);
        Interactions = await Sender.Send(new GetInteractions(AccountKind.Provider, id), cancellationToken);
        Tasks = await Sender.Send(new GetFollowUpTasks(AccountKind.Provider, id), cancellationToken);
        Gifts = await Sender.Send(new GetGifts(id), cancellationToken);
        if (await Acts.AllowsAsync<GetDocuments>(User))
        {
            Documents = await Sender.Send(new GetDocuments(AccountKind.Provider, id), cancellationToken);
        }

        Expiring = (await Sender.Send(new GetExpiringCredentials(id, null, 1, GetExpiringCredentials.MaxPageSize), cancellationToken)).Items;
        var organisations = await Sender.Send(new GetOrganisations(null, null, 1, OrganisationChoices), cancellationToken);
        var joined = Provider.Memberships.Select(membership => membership.OrganisationId).ToHashSet();
        Organisations = [.. organisations.Items.Where(organisation => !joined.Contains(organisation.Id))];
    }

    public sealed class PricingForm
    {
        public string? FormulaCode { get; set; }

        public string? Terms { get; set; }

        public decimal? PricePerUnit { get; set; }

        public decimal? DiscountPercent { get; set; }

        public DateOnly? EffectiveFrom { get; set; }

        public DateOnly? EffectiveTo { get; set; }

        public string? Note { get; set; }
    }

    public sealed class InteractionForm
    {
        public string? Kind { get; set; }

        public DateOnly? OccurredOn { get; set; }

        public string? Summary { get; set; }

        public string? Outcome { get; set; }
    }

    public sealed class TaskForm
    {
        public string? Title { get; set; }

        public DateOnly? DueOn { get; set; }

        public string? AssignedTo { get; set; }
    }

    public sealed class GiftForm
    {
        public string? Kind { get; set; }

        public string? Description { get; set; }

        public decimal? Value { get; set; }

        public DateOnly? GivenOn { get; set; }

        public bool FlagForReview { get; set; }
    }

    public sealed class UploadForm
    {
        public string? Kind { get; set; }

        public IFormFile? File { get; set; }

        /// <summary>The file's bytes, read no further than one byte past the limit: the size rule then refuses it.</summary>
        public static async Task<ReadOnlyMemory<byte>> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
        {
            if (file is null)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            var limit = Domain.Documents.DocumentContent.MaxBytes + 1L;
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    public sealed class EndAgreementForm
    {
        public Guid? AgreementId { get; set; }

        public DateOnly? LastDay { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class ReasonForm
    {
        public string? Reason { get; set; }
    }

    public sealed class LicenceForm
    {
        public string? State { get; set; }

        public string? Number { get; set; }

        public DateOnly? ExpiresOn { get; set; }
    }

    public sealed class DeaForm
    {
        public string? Number { get; set; }

        public List<string>? Schedules { get; set; }

        public DateOnly? ExpiresOn { get; set; }
    }

    public sealed class ContactForm
    {
        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Specialties { get; set; }
    }

    public sealed class MembershipForm
    {
        public Guid? OrganisationId { get; set; }

        public string? Role { get; set; }
    }
}
