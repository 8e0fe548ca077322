using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class PrescriptionTests
{
    private const string Npi = "1234567893";
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly PatientDetails Patient = new("Maria", "Alvarez", new DateOnly(1971, 4, 12), Sex.Female, "TX");

    [Fact]
    public void A_prescription_from_an_active_prescriber_is_received_with_its_refills_and_expiry()
    {
        var prescription = Receive(ActivePrescriber(), refills: 3);

        Assert.Equal(PrescriptionStatus.Received, prescription.Status);
        Assert.Equal(3, prescription.RefillsRemaining);
        Assert.Equal(Today.AddDays(-2).AddYears(1), prescription.ExpiresOn);
        Assert.Equal("Grace Hopper, DO", prescription.PrescriberName);
        // Received for the pharmacy's modules, progressed for the sender who follows it.
        Assert.Collection(
            prescription.DomainEvents,
            received => Assert.IsType<PrescriptionReceivedDomainEvent>(received),
            progressed => Assert.Same(prescription, Assert.IsType<PrescriptionProgressedDomainEvent>(progressed).Prescription));
    }

    [Fact]
    public void A_prescription_from_an_unknown_prescriber_is_refused()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(prescriber: null));

        Assert.IsType<PrescriberMustBeActiveRule>(broken.BrokenRule);
        Assert.Contains("No prescriber with NPI", broken.Message);
    }

    [Fact]
    public void A_prescription_from_a_suspended_prescriber_is_refused()
    {
        var prescriber = ActivePrescriber();
        prescriber.Suspend("Licence under review", Now, Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(prescriber));

        Assert.IsType<PrescriberMustBeActiveRule>(broken.BrokenRule);
        Assert.Contains("not active", broken.Message);
    }

    [Fact]
    public void More_than_eleven_refills_are_refused() =>
        Assert.IsType<RefillsMustNotExceedLimitRule>(
            Assert.Throws<BusinessRuleValidationException>(() => Receive(ActivePrescriber(), refills: 12)).BrokenRule);

    [Fact]
    public void A_prescription_written_tomorrow_is_refused() =>
        Assert.IsType<WrittenDateMustNotBeInTheFutureRule>(
            Assert.Throws<BusinessRuleValidationException>(() => Receive(ActivePrescriber(), writtenOn: Today.AddDays(1))).BrokenRule);

    [Fact]
    public void A_prescription_written_more_than_a_year_ago_has_expired() =>
        Assert.IsType<PrescriptionMustNotBeExpiredRule>(
            Assert.Throws<BusinessRuleValidationException>(() => Receive(ActivePrescriber(), writtenOn: Today.AddYears(-1).AddDays(-1))).BrokenRule);

    private static Prescriber ActivePrescriber() =>
        Prescriber.Activated(Guid.CreateVersion7(), Npi, "Grace", "Hopper", "DO", Now.AddDays(-30), Now.AddDays(-30));

    [Fact]
    public void A_prescription_for_a_formula_the_pharmacy_has_not_approved_is_refused() =>
        Assert.IsType<PrescriptionMustNameAnApprovedFormulaRule>(
            Assert.Throws<BusinessRuleValidationException>(() => Receive(ActivePrescriber(), formula: null, code: "LDN-45-CAP")).BrokenRule);

    [Theory]
    [InlineData(0.5)]
    [InlineData(30.25)]
    [InlineData(2001)]
    public void A_capsule_prescription_is_a_whole_number_of_capsules_of_a_plausible_count(double capsules)
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Receive(ActivePrescriber(), quantity: (decimal)capsules));

        Assert.IsType<QuantityMustSuitTheFormulaRule>(broken.BrokenRule);
        Assert.Contains("capsule", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gel_may_be_prescribed_in_part_grams_but_not_by_the_tonne()
    {
        var gel = Receive(ActivePrescriber(), quantity: 37.5m, formula: RxFaker.KetoprofenGel);

        Assert.Equal((37.5m, "KETO-10-PLO"), (gel.Quantity, gel.FormulaCode));
        Assert.IsType<QuantityMustSuitTheFormulaRule>(Assert.Throws<BusinessRuleValidationException>(
            () => Receive(ActivePrescriber(), quantity: 5_001m, formula: RxFaker.KetoprofenGel)).BrokenRule);
    }

    private static Prescription Receive(
        Prescriber? prescriber, int refills = 2, DateOnly? writtenOn = null, decimal quantity = 30, OrderableFormula? formula = null,
        string code = "ldn-4.5-cap") =>
        Prescription.Receive(
            7_000_001, Patient, prescriber, RxFaker.Licensed, Npi, code, formula ?? (code == "ldn-4.5-cap" ? RxFaker.NaltrexoneCapsules : null), quantity,
            "Take one capsule at bedtime", 30, refills, writtenOn ?? Today.AddDays(-2), IntakeChannel.Api, "ext-1", Now, PrescribingLimits.Federal);
}
