using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

/// <summary>The prescriber's licence in the patient's state and DEA registration, as this module knows them from the CRM.</summary>
public sealed class PrescribingAuthorityTests
{
    private static readonly DateOnly WrittenOn = RxFaker.Today.AddDays(-2);
    private static readonly PatientDetails TexasPatient = new("Maria", "Alvarez", new DateOnly(1971, 4, 12), Sex.Female, "TX");

    private readonly RxFaker _rx = new();

    [Fact]
    public void A_prescription_for_a_patient_in_a_state_where_the_prescriber_holds_no_licence_is_refused()
    {
        var authority = Authority(Licence("CA", RxFaker.Today.AddYears(1)));

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(authority));

        Assert.IsType<PrescriberMustBeLicensedInThePatientsStateRule>(broken.BrokenRule);
        Assert.Equal(
            $"The prescriber with NPI {RxFaker.PrescriberNpi} holds no licence in TX (the patient's state) that was valid on {WrittenOn:yyyy-MM-dd}, the date written.",
            broken.Message);
    }

    [Fact]
    public void A_licence_that_expired_before_the_written_date_refuses_the_prescription()
    {
        var authority = Authority(Licence("TX", WrittenOn.AddDays(-1)));

        Assert.IsType<PrescriberMustBeLicensedInThePatientsStateRule>(Assert.Throws<BusinessRuleValidationException>(() => Receive(authority)).BrokenRule);
    }

    [Fact]
    public void A_licence_valid_on_the_written_date_is_enough_even_if_it_expired_since()
    {
        var prescription = Receive(Authority(Licence("TX", WrittenOn)));

        Assert.Equal(PrescriptionStatus.Received, prescription.Status);
        Assert.Null(prescription.PrescriberDeaNumber);
    }

    [Fact]
    public void A_controlled_formula_needs_a_DEA_registration_covering_its_schedule_and_the_number_goes_on_the_record()
    {
        var licensed = Licence("TX", RxFaker.Today.AddYears(1));
        var nonNarcoticOnly = Authority(licensed, Dea("BM3141594", ["3N", "4"]));
        var covering = Authority(licensed, Dea("BM3141594", ["3", "4"]));

        var none = Assert.Throws<BusinessRuleValidationException>(() => Receive(Authority(licensed), RxFaker.TestosteroneCream));
        var wrongSchedule = Assert.Throws<BusinessRuleValidationException>(() => Receive(nonNarcoticOnly, RxFaker.TestosteroneCream));
        var prescription = Receive(covering, RxFaker.TestosteroneCream);

        Assert.IsType<PrescriberMustHoldADeaRegistrationForTheScheduleRule>(none.BrokenRule);
        Assert.Contains("schedule CIII controlled substance", none.Message);
        Assert.Contains("covering schedule 3 ", wrongSchedule.Message);
        Assert.Equal("BM3141594", prescription.PrescriberDeaNumber);
    }

    [Fact]
    public void A_DEA_registration_that_expired_before_the_written_date_does_not_cover_a_controlled_formula()
    {
        var authority = Authority(Licence("TX", RxFaker.Today.AddYears(1)), Dea("BM3141594", ["3"], WrittenOn.AddDays(-1)));

        Assert.IsType<PrescriberMustHoldADeaRegistrationForTheScheduleRule>(
            Assert.Throws<BusinessRuleValidationException>(() => Receive(authority, RxFaker.TestosteroneCream)).BrokenRule);
    }

    [Fact]
    public void Verifying_is_refused_when_the_CRM_has_withdrawn_the_licence_since_intake()
    {
        var prescriber = _rx.ActivePrescriber();
        var prescription = Receive(Authority(Licence("TX", RxFaker.Today.AddYears(1))), prescriber: prescriber);

        var broken = Assert.Throws<BusinessRuleValidationException>(
            () => prescription.Verify(prescriber, Authority(Licence("CA", RxFaker.Today.AddYears(1))), null, RxFaker.Pharmacist, RxFaker.Now));

        Assert.IsType<PrescriberMustBeLicensedInThePatientsStateRule>(broken.BrokenRule);
        Assert.Equal(PrescriptionStatus.Received, prescription.Status);
        Assert.Empty(prescription.Fills);
    }

    [Theory]
    [InlineData("CII", "2")]
    [InlineData("CIII", "3")]
    [InlineData("CIIIN", "3N")]
    [InlineData("CIV", "4")]
    [InlineData("CV", "5")]
    public void A_formulas_schedule_asks_for_the_DEA_schedule_of_the_same_name(string formulaSchedule, string deaSchedule) =>
        Assert.Equal(deaSchedule, ControlledSchedules.DeaScheduleOf(formulaSchedule));

    private static PrescriberLicence Licence(string state, DateOnly expiresOn) =>
        PrescriberLicence.Held(Guid.Empty, state, $"{state}-2002", expiresOn, RxFaker.Now.AddDays(-30));

    private static PrescriberDeaRegistration Dea(string number, string[] schedules, DateOnly? expiresOn = null) =>
        PrescriberDeaRegistration.Held(Guid.Empty, number, schedules, expiresOn ?? RxFaker.Today.AddYears(2), RxFaker.Now.AddDays(-30));

    private static PrescribingAuthority Authority(PrescriberLicence licence, params PrescriberDeaRegistration[] registrations) =>
        new([licence], registrations);

    private Prescription Receive(PrescribingAuthority authority, OrderableFormula? formula = null, Prescriber? prescriber = null)
    {
        var ordered = formula ?? RxFaker.NaltrexoneCapsules;
        return Prescription.Receive(
            7_000_001, TexasPatient, prescriber ?? _rx.ActivePrescriber(), authority, RxFaker.PrescriberNpi, ordered.Code, ordered, 30,
            "Apply 1 g to the inner arm once daily", 30, 0, WrittenOn, IntakeChannel.Api, null, RxFaker.Now, PrescribingLimits.Federal);
    }
}
