using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class PatientTests
{
    private const string Pharmacist = RxFaker.Pharmacist;
    private static readonly DateOnly BornIn1961 = new(1961, 3, 14);
    private static readonly Allergy Penicillin = new("Penicillin", "RxNorm 7980", "Hives");
    private static readonly PostalAddress Austin = new("1200 Barton Springs Rd", null, "Austin", "TX", "78704");
    private static readonly Insurance Caremark = new("CVS Caremark", "004336", "ADV", "RX1234", "ZXC123456789", CardholderRelationship.Self);

    private static Patient Register(string firstName = "Maria", string lastName = "Alvarez", string state = "TX", Sex sex = Sex.Female) =>
        Patient.Register(firstName, lastName, BornIn1961, sex, state, RxFaker.Now);

    private static T Broken<T>(Action act)
        where T : IBusinessRule =>
        Assert.IsType<T>(Assert.Throws<BusinessRuleValidationException>(act).BrokenRule);

    [Fact]
    public void A_new_patient_has_allergies_not_recorded_rather_than_none()
    {
        var patient = Register();

        Assert.Equal(AllergyStatus.NotRecorded, patient.AllergyStatus);
        Assert.Empty(patient.Allergies);
        Assert.True(patient.IsCurrent);
    }

    [Fact]
    public void A_date_of_birth_in_the_future_is_refused()
    {
        var tomorrow = RxFaker.Today.AddDays(1);

        var rule = Broken<DateOfBirthMustBePlausibleRule>(() => Patient.Register("Maria", "Alvarez", tomorrow, Sex.Female, "TX", RxFaker.Now));

        Assert.Contains("in the future", rule.Message);
    }

    [Fact]
    public void A_date_of_birth_before_1900_is_refused_and_today_is_accepted()
    {
        Broken<DateOfBirthMustBePlausibleRule>(() => Patient.Register("Maria", "Alvarez", new DateOnly(1899, 12, 31), Sex.Female, "TX", RxFaker.Now));

        var newborn = Patient.Register("Baby", "Alvarez", RxFaker.Today, Sex.Female, "TX", RxFaker.Now);

        Assert.Equal(RxFaker.Today, newborn.DateOfBirth);
    }

    [Fact]
    public void Correcting_the_date_of_birth_into_the_future_is_refused_and_changes_nothing()
    {
        var patient = Register();

        Broken<DateOfBirthMustBePlausibleRule>(() => patient.ChangeDemographics("Maria", "Alvarez", RxFaker.Today.AddYears(1), Sex.Female, RxFaker.Now));

        Assert.Equal(BornIn1961, patient.DateOfBirth);
    }

    [Fact]
    public void No_known_allergies_together_with_a_listed_allergy_is_refused()
    {
        var patient = Register();

        var rule = Broken<NoKnownAllergiesCannotBeListedWithAllergiesRule>(() => patient.RecordAllergies(AllergyStatus.NoKnownAllergies, [Penicillin]));

        Assert.Contains("remove the listed allergies", rule.Message);
        Assert.Equal(AllergyStatus.NotRecorded, patient.AllergyStatus);
    }

    [Fact]
    public void Answering_that_the_patient_has_allergies_without_listing_one_is_refused()
    {
        Broken<NoKnownAllergiesCannotBeListedWithAllergiesRule>(() => Register().RecordAllergies(AllergyStatus.Recorded, []));
    }

    [Fact]
    public void Allergies_are_kept_coded_or_as_written_and_no_known_allergies_replaces_them()
    {
        var patient = Register();
        patient.RecordAllergies(AllergyStatus.Recorded, [Penicillin, new Allergy("Sulfa drugs", null, null)]);
        Assert.Equal(["Penicillin", "Sulfa drugs"], patient.Allergies.Select(a => a.Substance));

        patient.RecordAllergies(AllergyStatus.NoKnownAllergies, []);

        Assert.Equal(AllergyStatus.NoKnownAllergies, patient.AllergyStatus);
        Assert.Empty(patient.Allergies);
    }

    [Theory]
    [InlineData("00433")]
    [InlineData("0043366")]
    [InlineData("00433A")]
    public void An_insurance_BIN_that_is_not_six_digits_is_refused(string bin)
    {
        var patient = Register();

        Broken<InsuranceBinMustBeSixDigitsRule>(() => patient.RecordInsurance(Caremark with { Bin = bin }));

        Assert.Null(patient.Insurance);
    }

    [Fact]
    public void Insurance_with_a_six_digit_BIN_is_recorded_and_can_be_removed()
    {
        var patient = Register();
        patient.RecordInsurance(Caremark);
        Assert.Equal("004336", patient.Insurance!.Bin);

        patient.RecordInsurance(null);

        Assert.Null(patient.Insurance);
    }

    [Theory]
    [InlineData("7870")]
    [InlineData("78704-12")]
    [InlineData("ABCDE")]
    public void A_ZIP_code_that_is_not_five_or_nine_digits_is_refused(string zip)
    {
        var patient = Register();

        Broken<ZipCodeMustBeFiveOrNineDigitsRule>(() => patient.ChangeAddresses(Austin with { Zip = zip }, null));

        Assert.Null(patient.HomeAddress);
    }

    [Theory]
    [InlineData("78704")]
    [InlineData("78704-1234")]
    [InlineData("787041234")]
    public void A_ZIP_code_of_five_or_nine_digits_is_accepted(string zip)
    {
        var patient = Register();

        patient.ChangeAddresses(Austin with { Zip = zip }, null);

        Assert.Equal(zip, patient.HomeAddress!.Zip);
    }

    [Fact]
    public void A_home_address_outside_the_US_states_is_refused()
    {
        Broken<AddressMustBeCompleteRule>(() => Register().ChangeAddresses(Austin with { State = "ZZ" }, null));
    }

    [Fact]
    public void Moving_home_to_another_state_changes_the_patients_state()
    {
        var patient = Register(state: "TX");

        patient.ChangeAddresses(new PostalAddress("88 Colfax Ave", "Apt 4", "Denver", "co", "80202"), Austin);

        Assert.Equal("CO", patient.State);
        Assert.Equal("Austin", patient.ShipToAddress!.City);
    }

    [Fact]
    public void A_patient_cannot_be_merged_into_itself()
    {
        var patient = Register();

        Broken<PatientCannotBeMergedIntoItselfRule>(() => patient.MergeInto(patient, Pharmacist, RxFaker.Now));

        Assert.True(patient.IsCurrent);
    }

    [Fact]
    public void An_already_merged_patient_cannot_be_merged_again()
    {
        var kept = Register();
        var duplicate = Register(state: "CA");
        var other = Register(state: "FL");
        duplicate.MergeInto(kept, Pharmacist, RxFaker.Now);

        Broken<MergedPatientCannotBeChangedRule>(() => duplicate.MergeInto(other, Pharmacist, RxFaker.Now));

        Assert.Equal(kept.Id, duplicate.MergedInto);
    }

    [Fact]
    public void A_patient_cannot_be_merged_into_a_record_that_was_itself_merged()
    {
        var kept = Register();
        var merged = Register(state: "CA");
        merged.MergeInto(kept, Pharmacist, RxFaker.Now);

        Broken<PatientMustBeMergedIntoACurrentRecordRule>(() => Register(state: "FL").MergeInto(merged, Pharmacist, RxFaker.Now));
    }

    [Fact]
    public void A_merged_record_is_history_and_refuses_changes()
    {
        var kept = Register();
        var duplicate = Register(state: "CA");
        duplicate.MergeInto(kept, Pharmacist, RxFaker.Now);

        Broken<MergedPatientCannotBeChangedRule>(() => duplicate.RecordAllergies(AllergyStatus.NoKnownAllergies, []));

        Assert.False(duplicate.IsCurrent);
        Assert.Equal(Pharmacist, duplicate.DuplicateReviewedBy);
    }

    [Fact]
    public void Only_a_record_flagged_as_a_possible_duplicate_can_be_kept_separate()
    {
        Broken<OnlyAPossibleDuplicateCanBeKeptSeparateRule>(() => Register().KeepSeparate(Pharmacist, RxFaker.Now));
    }

    [Fact]
    public void Intake_joins_the_record_with_the_same_name_and_birth_date_whatever_the_case_and_spaces()
    {
        var existing = Register();

        var (patient, registered) = PatientIntake.Match([existing], new PatientDetails("  maria ", "ALVAREZ", BornIn1961, Sex.Female, "TX"), RxFaker.Now);

        Assert.False(registered);
        Assert.Same(existing, patient);
    }

    [Fact]
    public void Intake_of_the_same_name_and_birth_date_in_another_state_registers_a_possible_duplicate()
    {
        var existing = Register();

        var (patient, registered) = PatientIntake.Match([existing], new PatientDetails("Maria", "Alvarez", BornIn1961, Sex.Female, "CA"), RxFaker.Now);

        Assert.True(registered);
        Assert.Equal(existing.Id, patient.PossibleDuplicateOf);
        Assert.Equal("CA", patient.State);
    }

    [Fact]
    public void Intake_of_another_birth_date_registers_a_new_patient_without_a_flag()
    {
        var (patient, registered) = PatientIntake.Match(
            [Register()], new PatientDetails("Maria", "Alvarez", BornIn1961.AddDays(1), Sex.Female, "TX"), RxFaker.Now);

        Assert.True(registered);
        Assert.Null(patient.PossibleDuplicateOf);
    }
}
