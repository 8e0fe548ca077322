using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Features.ChangePatientAddresses;
using Pharmacy.Modules.Prescriptions.Features.ChangePatientDetails;
using Pharmacy.Modules.Prescriptions.Features.GetPatient;
using Pharmacy.Modules.Prescriptions.Features.GetPatientHistory;
using Pharmacy.Modules.Prescriptions.Features.RecordPatientAllergies;
using Pharmacy.Modules.Prescriptions.Features.RecordPatientInsurance;
using Pharmacy.Modules.Prescriptions.Features.RecordPatientMedications;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>
/// One patient's record: demographics, addresses, contact, allergies, medications, insurance and their prescriptions,
/// with one form and one act for each part. A refused act shows its errors on its own form.
/// </summary>
[Authorize(Policy = PatientAccess.Read)]
public sealed class PatientModel(ISender sender, ActAccess access) : RecordPageModel(sender, access)
{
    private static readonly char[] LineBreaks = ['\r', '\n'];

    /// <summary>The form just sent: it shows what was typed, with its errors, instead of the record's values.</summary>
    private string? _posted;

    public PatientDetailsView Patient { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public DetailsForm Details { get; private set; } = new();

    public AddressesForm Addresses { get; private set; } = new();

    public AllergiesForm AllergyAnswer { get; private set; } = new();

    public MedicationsForm Medications { get; private set; } = new();

    public CoverageForm Coverage { get; private set; } = new();

    public Task<IActionResult> OnPostDetailsAsync(Guid id, DetailsForm details, CancellationToken cancellationToken)
    {
        Details = details;
        _posted = nameof(Details);
        return ActAsync(id, nameof(Details), new ChangePatientDetails(
            id, details.FirstName ?? "", details.LastName ?? "", details.DateOfBirth ?? default, details.Sex ?? "", details.Phone, details.AlternatePhone,
            details.Email), "The patient's details are saved.", cancellationToken);
    }

    public Task<IActionResult> OnPostAddressesAsync(Guid id, AddressesForm addresses, CancellationToken cancellationToken)
    {
        Addresses = addresses;
        _posted = nameof(Addresses);
        return ActAsync(id, nameof(Addresses), new ChangePatientAddresses(id, addresses.Home.ToInput(), addresses.ShipTo.IsEmpty ? null : addresses.ShipTo.ToInput()),
            "The addresses are saved.", cancellationToken);
    }

    public Task<IActionResult> OnPostAllergiesAsync(Guid id, AllergiesForm allergyAnswer, CancellationToken cancellationToken)
    {
        AllergyAnswer = allergyAnswer;
        _posted = nameof(AllergyAnswer);
        var status = Enum.TryParse<AllergyStatus>(allergyAnswer.Status, out var answer) && Enum.IsDefined(answer) ? answer : (AllergyStatus)(-1);
        var allergies = Lines(allergyAnswer.Text).Select(line => line.Split(';', 3, StringSplitOptions.TrimEntries))
            .Select(parts => new AllergyInput(parts[0], parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2))).ToList();
        return ActAsync(id, nameof(AllergyAnswer), new RecordPatientAllergies(id, status, allergies), "The allergies are saved.", cancellationToken);
    }

    public Task<IActionResult> OnPostMedicationsAsync(Guid id, MedicationsForm medications, CancellationToken cancellationToken)
    {
        Medications = medications;
        _posted = nameof(Medications);
        return ActAsync(id, nameof(Medications), new RecordPatientMedications(id, Lines(medications.Text)), "The current medications are saved.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostInsuranceAsync(Guid id, CoverageForm coverage, CancellationToken cancellationToken)
    {
        Coverage = coverage;
        _posted = nameof(Coverage);
        var card = coverage.Insurance;
        var relationship = Enum.TryParse<CardholderRelationship>(card.Relationship, out var related) && Enum.IsDefined(related)
            ? related
            : (CardholderRelationship)(-1);
        return ActAsync(id, nameof(Coverage), new RecordPatientInsurance(id, new InsuranceInput(
            card.PayerName ?? "", card.Bin ?? "", card.Pcn, card.GroupNumber, card.MemberId ?? "", relationship)), "The insurance is saved.", cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveInsuranceAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, nameof(Coverage), new RecordPatientInsurance(id, null), "The insurance is removed: the patient pays cash.", cancellationToken);

    /// <summary>The first error of one field, for fields drawn in a loop (the two addresses).</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The errors of a form whose fields are lines of one text box (allergies, medications), shown with that box.</summary>
    public IEnumerable<string> ErrorsOf(string form) =>
        ModelState.Where(entry => entry.Key.StartsWith(form + ".", StringComparison.Ordinal)).SelectMany(entry => entry.Value!.Errors)
            .Select(error => error.ErrorMessage).Distinct();

    protected override async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Patient = await Sender.Send(new GetPatient(id), cancellationToken);
        History = await Sender.Send(new GetPatientHistory(id), cancellationToken);
        var patient = Patient;
        Details = _posted == nameof(Details) ? Details : new DetailsForm
        {
            FirstName = patient.FirstName, LastName = patient.LastName, DateOfBirth = patient.DateOfBirth, Sex = patient.Sex,
            Phone = patient.Phone, AlternatePhone = patient.AlternatePhone, Email = patient.Email,
        };
        Addresses = _posted == nameof(Addresses)
            ? Addresses
            : new AddressesForm { Home = AddressForm.Of(patient.HomeAddress), ShipTo = AddressForm.Of(patient.ShipToAddress) };
        AllergyAnswer = _posted == nameof(AllergyAnswer) ? AllergyAnswer : new AllergiesForm
        {
            Status = patient.AllergyStatus,
            Text = string.Join('\n', patient.Allergies.Select(a => string.Join("; ", a.Substance, a.Code ?? "", a.Reaction ?? "").TrimEnd(' ', ';'))),
        };
        Medications = _posted == nameof(Medications) ? Medications : new MedicationsForm { Text = string.Join('\n', patient.CurrentMedications) };
        Coverage = _posted == nameof(Coverage) ? Coverage : new CoverageForm
        {
            Insurance = patient.Insurance is { } card
                ? new InsuranceFields
                {
                    PayerName = card.PayerName, Bin = card.Bin, Pcn = card.Pcn, GroupNumber = card.GroupNumber, MemberId = card.MemberId,
                    Relationship = card.Relationship,
                }
                : new InsuranceFields(),
        };
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public sealed class DetailsForm
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateOnly? DateOfBirth { get; set; }

        public string? Sex { get; set; }

        public string? Phone { get; set; }

        public string? AlternatePhone { get; set; }

        public string? Email { get; set; }
    }

    public sealed class AddressesForm
    {
        public AddressForm Home { get; set; } = new();

        /// <summary>Left empty, fills ship to the home address.</summary>
        public AddressForm ShipTo { get; set; } = new();
    }

    public sealed class AddressForm
    {
        public string? Line1 { get; set; }

        public string? Line2 { get; set; }

        public string? City { get; set; }

        public string? State { get; set; }

        public string? Zip { get; set; }

        public bool IsEmpty => new[] { Line1, Line2, City, State, Zip }.All(string.IsNullOrWhiteSpace);

        public static AddressForm Of(AddressView? address) => address is null
            ? new AddressForm()
            : new AddressForm { Line1 = address.Line1, Line2 = address.Line2, City = address.City, State = address.State, Zip = address.Zip };

        public AddressInput ToInput() => new(Line1 ?? "", Line2, City ?? "", State ?? "", Zip ?? "");
    }

    /// <summary>The answer, and one allergy a line: "substance; code; reaction" (the code and the reaction may be left out).</summary>
    public sealed class AllergiesForm
    {
        public string? Status { get; set; }

        public string? Text { get; set; }
    }

    /// <summary>One medication a line.</summary>
    public sealed class MedicationsForm
    {
        public string? Text { get; set; }
    }

    public sealed class CoverageForm
    {
        public InsuranceFields Insurance { get; set; } = new();
    }

    public sealed class InsuranceFields
    {
        public string? PayerName { get; set; }

        public string? Bin { get; set; }

        public string? Pcn { get; set; }

        public string? GroupNumber { get; set; }

        public string? MemberId { get; set; }

        public string? Relationship { get; set; }
    }
}
