using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

/// <summary>
/// A patient of the pharmacy, kept once however many prescriptions and channels name them: demographics, addresses,
/// contact, allergies, current medications and insurance. Protected health information: shown only to the roles that
/// need it and never written to logs. A record found to be a duplicate is merged into the kept one and stays as history.
/// </summary>
public sealed class Patient : AggregateRoot
{
    private readonly List<Allergy> _allergies = [];
    private List<string> _medications = [];

    private Patient()
    {
    }

    public PatientId Id { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public DateOnly DateOfBirth { get; private set; }

    public Sex Sex { get; private set; }

    /// <summary>The state the patient lives in: where the prescriber must be licensed. The home address's state when there is one.</summary>
    public string State { get; private set; } = "";

    public PostalAddress? HomeAddress { get; private set; }

    /// <summary>Where fills are shipped when it is not the home address.</summary>
    public PostalAddress? ShipToAddress { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Where a fill is shipped: the ship-to address, or the home address when there is none; null when the record has neither.</summary>
    public PostalAddress? AddressToShipTo() => ShipToAddress ?? HomeAddress;

    public string? AlternatePhone { get; private set; }

    public string? Email { get; private set; }

    public AllergyStatus AllergyStatus { get; private set; }

    public IReadOnlyList<Allergy> Allergies => _allergies.AsReadOnly();

    /// <summary>What the patient takes now, as they or their prescriber wrote it.</summary>
    public IReadOnlyList<string> CurrentMedications => _medications.AsReadOnly();

    public Insurance? Insurance { get; private set; }

    /// <summary>
    /// Set when an intake named a patient with the same name and date of birth as this existing record but a different
    /// sex or state: staff decide whether it is the same person (merge) or not (keep separate).
    /// </summary>
    public PatientId? PossibleDuplicateOf { get; private set; }

    /// <summary>The record this one was merged into; a merged record is history only and found by no search.</summary>
    public PatientId? MergedInto { get; private set; }

    public string? DuplicateReviewedBy { get; private set; }

    public DateTimeOffset? DuplicateReviewedAt { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public bool IsCurrent => MergedInto is null;

    public string FullName => $"{FirstName} {LastName}";

    public static Patient Register(
        string firstName, string lastName, DateOnly dateOfBirth, Sex sex, string state, DateTimeOffset now, PatientId? possibleDuplicateOf = null)
    {
        CheckRule(new PatientNameMustBeGivenRule(firstName, lastName));
        CheckRule(new DateOfBirthMustBePlausibleRule(dateOfBirth, Today(now)));
        var stateCode = state.Trim().ToUpperInvariant();
        CheckRule(new PatientMustLiveInAUsStateRule(stateCode));
        return new Patient
        {
            Id = TypedId.New<PatientId>(),
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            DateOfBirth = dateOfBirth,
            Sex = sex,
            State = stateCode,
            AllergyStatus = AllergyStatus.NotRecorded,
            PossibleDuplicateOf = possibleDuplicateOf,
            RegisteredAt = now,
        };
    }

    /// <summary>Same first name, last name and date of birth, whatever the case and the spaces around them.</summary>
    public bool HasNameAndBirthDate(string firstName, string lastName, DateOnly dateOfBirth) =>
        DateOfBirth == dateOfBirth
        && string.Equals(FirstName, firstName.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(LastName, lastName.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Details that tell two people of the same name and date of birth apart.</summary>
    public bool ConflictsWith(Sex sex, string state) =>
        Sex != sex || !string.Equals(State, state.Trim(), StringComparison.OrdinalIgnoreCase);

    public void ChangeDemographics(string firstName, string lastName, DateOnly dateOfBirth, Sex sex, DateTimeOffset now)
    {
        CheckRule(new MergedPatientCannotBeChangedRule(MergedInto));
        CheckRule(new PatientNameMustBeGivenRule(firstName, lastName));
        CheckRule(new DateOfBirthMustBePlausibleRule(dateOfBirth, Today(now)));
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        DateOfBirth = dateOfBirth;
        Sex = sex;
    }

    public void ChangeContact(string? phone, string? alternatePhone, string? email)
    {
        CheckRule(new MergedPatientCannotBeChangedRule(MergedInto));
        Phone = Blank(phone);
        AlternatePhone = Blank(alternatePhone);
        Email = Blank(email);
    }

    /// <summary>The home address sets the state the patient lives in; no ship-to address means fills ship home.</summary>
    public void ChangeAddresses(PostalAddress? home, PostalAddress? shipTo)
    {
        CheckRule(new MergedPatientCannotBeChangedRule(MergedInto));
        home = Checked("home", home);
        shipTo = Checked("ship-to", shipTo);
        HomeAddress = home;
        ShipToAddress = shipTo;
        if (home is not null)
        {
            State = home.State;
        }
    }

    public void RecordAllergies(AllergyStatus status, IReadOnlyCollection<Allergy> allergies)
    {
        CheckRule(new MergedPatientCannotBeChangedRule(MergedInto));
        CheckRule(new NoKnownAllergiesCannotBeListedWithAllergiesRule(status, allergies.Count));
        foreach (var allergy in allergies)
        {
            CheckRule(new AllergyMustNameASubstanceRule(allergy));
        }

        AllergyStatus = status;
        _allergies.Clear();
        _allergies.AddRange(allergies.Select(a => new Allergy(a.Substance.Trim(), Blank(a.Code), Blank(a.Reaction))));
    }

    public void RecordCurrentMedications(IEnumerable<string> medications)
    {
        CheckRule(new MergedPatientCannotBeChangedRule(MergedInto));
        _medications = [.. medications.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim())];
    }

    /// <summary>Null: the patient pays cash (no coverage on file).</summary>
    public void RecordInsurance(Insurance? insurance)
    {
        CheckRule(new MergedPatientCannotBeChangedRule(MergedInto));
        if (insurance is not null)
        {
            CheckRule(new InsuranceMustNamePayerAndMemberRule(insurance));
            CheckRule(new InsuranceBinMustBeSixDigitsRule(insurance.Bin.Trim()));
            insurance = insurance with
            {
                PayerName = insurance.PayerName.Trim(),
                Bin = insurance.Bin.Trim(),
                Pcn = Blank(insurance.Pcn),
                GroupNumber = Blank(insurance.GroupNumber),
                MemberId = insurance.MemberId.Trim(),
            };
        }

        Insurance = insurance;
    }

    /// <summary>This record is the same person as <paramref name="kept"/>: its prescriptions move there, and it stays as history.</summary>
    public void MergeInto(Patient kept, string reviewedBy, DateTimeOffset now)
    {
        CheckRule(new PatientCannotBeMergedIntoItselfRule(Id, kept.Id));
        CheckRule(new MergedPatientCannotBeChangedRule(MergedInto));
        CheckRule(new PatientMustBeMergedIntoACurrentRecordRule(kept.MergedInto));
        MergedInto = kept.Id;
        PossibleDuplicateOf = null;
        DuplicateReviewedBy = reviewedBy;
        DuplicateReviewedAt = now;
    }

    /// <summary>Staff found that the records are two different people of the same name and date of birth.</summary>
    public void KeepSeparate(string reviewedBy, DateTimeOffset now)
    {
        CheckRule(new MergedPatientCannotBeChangedRule(MergedInto));
        CheckRule(new OnlyAPossibleDuplicateCanBeKeptSeparateRule(PossibleDuplicateOf));
        PossibleDuplicateOf = null;
        DuplicateReviewedBy = reviewedBy;
        DuplicateReviewedAt = now;
    }

    private static PostalAddress? Checked(string which, PostalAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var trimmed = new PostalAddress(
            address.Line1.Trim(), Blank(address.Line2), address.City.Trim(), address.State.Trim().ToUpperInvariant(),
            address.Zip.Trim());
        CheckRule(new AddressMustBeCompleteRule(which, trimmed));
        CheckRule(new ZipCodeMustBeFiveOrNineDigitsRule(trimmed.Zip));
        return trimmed;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
