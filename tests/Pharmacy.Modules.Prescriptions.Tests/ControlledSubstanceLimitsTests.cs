using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

/// <summary>Refills and expiry by schedule (21 CFR 1306.12 and 1306.22), as intake applies them on every channel.</summary>
public sealed class ControlledSubstanceLimitsTests
{
    private static readonly OrderableFormula MorphineCapsules = Formula("MORPH-15-CAP", "Morphine sulfate 15 mg capsule", "Capsule", "capsule", true, "CII");
    private static readonly OrderableFormula KetamineCream = Formula("KGB-PAIN-CRM", "Ketamine 5% / Gabapentin 6% / Baclofen 2% cream", "Cream", "g", false, "CIII");
    private static readonly OrderableFormula DiazepamTroches = Formula("DIAZ-2-TRO", "Diazepam 2 mg troche", "Troche", "troche", true, "CIV");
    private static readonly OrderableFormula CodeineSyrup = Formula("COD-10-SYR", "Codeine 10 mg/5 mL syrup", "Syrup", "mL", false, "CV");

    private readonly RxFaker _rx = new();

    [Theory]
    [InlineData("CIII")]
    [InlineData("CIV")]
    public void A_schedule_III_or_IV_prescription_with_five_refills_is_received_and_expires_six_months_after_it_was_written(string schedule)
    {
        var writtenOn = RxFaker.Today.AddDays(-3);

        var prescription = Receive(schedule == "CIII" ? KetamineCream : DiazepamTroches, refills: 5, writtenOn: writtenOn);

        Assert.Equal(5, prescription.RefillsRemaining);
        Assert.Equal(writtenOn.AddMonths(6), prescription.ExpiresOn);
    }

    [Fact]
    public void A_schedule_III_prescription_with_six_refills_is_refused_saying_the_limit_and_what_to_do()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(KetamineCream, refills: 6));

        Assert.IsType<RefillsMustNotExceedLimitRule>(broken.BrokenRule);
        Assert.Contains("At most 5 refills may be authorised for a schedule III or IV controlled substance (21 CFR 1306.22); 6 were written", broken.Message);
        Assert.Contains("Ask the prescriber", broken.Message);
    }

    [Fact]
    public void A_schedule_IV_troche_prescription_with_six_refills_is_refused() =>
        Assert.IsType<RefillsMustNotExceedLimitRule>(Assert.Throws<BusinessRuleValidationException>(() => Receive(DiazepamTroches, refills: 6)).BrokenRule);

    [Fact]
    public void A_schedule_II_prescription_is_received_without_refills_and_refused_with_one()
    {
        Assert.Equal(0, Receive(MorphineCapsules, refills: 0).RefillsRemaining);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(MorphineCapsules, refills: 1));

        Assert.IsType<ScheduleIIMustNotBeRefilledRule>(broken.BrokenRule);
        Assert.Contains("A schedule II controlled substance cannot be refilled (21 CFR 1306.12)", broken.Message);
        Assert.Contains("new prescription for each fill", broken.Message);
    }

    [Fact]
    public void A_schedule_V_prescription_follows_schedules_III_and_IV_unless_the_state_is_stricter()
    {
        Assert.Equal(5, Receive(CodeineSyrup, refills: 5).RefillsRemaining);
        Assert.IsType<RefillsMustNotExceedLimitRule>(Assert.Throws<BusinessRuleValidationException>(() => Receive(CodeineSyrup, refills: 6)).BrokenRule);

        var stricter = new PrescribingLimitsOptions { ScheduleV = new() { MaxRefills = 2, ValidForMonths = 6 } }.ToLimits();
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(CodeineSyrup, refills: 3, limits: stricter));

        Assert.Contains("At most 2 refills may be authorised for a schedule V controlled substance", broken.Message);
    }

    [Fact]
    public void A_non_controlled_prescription_takes_eleven_refills_and_is_valid_for_a_year()
    {
        var writtenOn = RxFaker.Today.AddDays(-3);

        var prescription = Receive(RxFaker.NaltrexoneCapsules, refills: 11, writtenOn: writtenOn);

        Assert.Equal(11, prescription.RefillsRemaining);
        Assert.Equal(writtenOn.AddYears(1), prescription.ExpiresOn);
        Assert.Contains("non-controlled", Assert.Throws<BusinessRuleValidationException>(() => Receive(RxFaker.NaltrexoneCapsules, refills: 12)).Message);
    }

    [Fact]
    public void A_schedule_III_prescription_is_accepted_on_the_last_day_of_its_six_months()
    {
        var prescription = Receive(KetamineCream, writtenOn: RxFaker.Today.AddMonths(-6));

        Assert.Equal(RxFaker.Today, prescription.ExpiresOn);
    }

    [Fact]
    public void A_schedule_III_prescription_written_six_months_and_a_day_ago_has_expired()
    {
        var writtenOn = RxFaker.Today.AddMonths(-6).AddDays(-1);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(KetamineCream, writtenOn: writtenOn));

        Assert.IsType<PrescriptionMustNotBeExpiredRule>(broken.BrokenRule);
        Assert.Contains($"expired on {writtenOn.AddMonths(6):yyyy-MM-dd}", broken.Message);
        Assert.Contains("valid for 6 months", broken.Message);
        Assert.Contains("Ask the prescriber for a new prescription", broken.Message);
    }

    [Fact]
    public void A_state_that_keeps_non_controlled_prescriptions_six_months_refuses_one_written_seven_months_ago()
    {
        var sixMonths = new PrescribingLimitsOptions { NonControlled = new() { MaxRefills = 11, ValidForMonths = 6 } }.ToLimits();

        Assert.IsType<PrescriptionMustNotBeExpiredRule>(Assert.Throws<BusinessRuleValidationException>(
            () => Receive(RxFaker.NaltrexoneCapsules, writtenOn: RxFaker.Today.AddMonths(-7), limits: sixMonths)).BrokenRule);
    }

    [Fact]
    public void A_schedule_III_prescription_verified_after_its_six_months_is_refused()
    {
        var prescriber = _rx.ActivePrescriber();
        var prescription = Receive(KetamineCream, writtenOn: RxFaker.Today.AddMonths(-6), prescriber: prescriber);

        Assert.IsType<PrescriptionMustNotBeExpiredRule>(Assert.Throws<BusinessRuleValidationException>(
            () => prescription.Verify(prescriber, RxFaker.Licensed, "CIII", RxFaker.Pharmacist, RxFaker.Now.AddDays(1))).BrokenRule);
    }

    [Fact]
    public void A_written_date_in_the_future_is_refused_saying_what_to_enter()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(KetamineCream, writtenOn: RxFaker.Today.AddDays(1)));

        Assert.IsType<WrittenDateMustNotBeInTheFutureRule>(broken.BrokenRule);
        Assert.Contains("Enter the date the prescriber signed it", broken.Message);
    }

    [Fact]
    public void Half_a_troche_is_refused()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(DiazepamTroches, quantity: 29.5m));

        Assert.IsType<QuantityMustSuitTheFormulaRule>(broken.BrokenRule);
        Assert.Contains("whole number of troches", broken.Message);
    }

    [Theory]
    [InlineData(nameof(PrescribingLimitsOptions.ScheduleIIIAndIV), 6, 6)]
    [InlineData(nameof(PrescribingLimitsOptions.ScheduleIIIAndIV), 5, 7)]
    [InlineData(nameof(PrescribingLimitsOptions.ScheduleII), 1, 6)]
    [InlineData(nameof(PrescribingLimitsOptions.NonControlled), 12, 12)]
    [InlineData(nameof(PrescribingLimitsOptions.NonControlled), 11, 0)]
    public void A_setting_looser_than_federal_law_is_not_accepted(string setting, int maxRefills, int months)
    {
        var options = new PrescribingLimitsOptions();
        var value = new PrescribingLimitsOptions.LimitsSetting { MaxRefills = maxRefills, ValidForMonths = months };
        typeof(PrescribingLimitsOptions).GetProperty(setting)!.SetValue(options, value);

        Assert.StartsWith($"Prescriptions:Limits:{setting}:", options.Problem());
        Assert.Null(new PrescribingLimitsOptions().Problem());
    }

    private Prescription Receive(
        OrderableFormula formula, int refills = 0, DateOnly? writtenOn = null, decimal quantity = 30, PrescribingLimits? limits = null,
        Domain.Prescribers.Prescriber? prescriber = null) =>
        Prescription.Receive(
            7_000_001, _rx.Patient(), prescriber ?? _rx.ActivePrescriber(), RxFaker.Licensed, RxFaker.PrescriberNpi, formula.Code, formula, quantity,
            "Apply 1 gram to the painful area three times daily.", 30, refills, writtenOn ?? RxFaker.Today.AddDays(-2), IntakeChannel.Api, null,
            RxFaker.Now, limits ?? PrescribingLimits.Federal);

    private static OrderableFormula Formula(string code, string name, string form, string unit, bool counted, string schedule) =>
        OrderableFormula.Approved(code, 1, name, form, unit, counted, "Room", schedule, RxFaker.Now.AddDays(-100), RxFaker.Now.AddDays(-100));
}
