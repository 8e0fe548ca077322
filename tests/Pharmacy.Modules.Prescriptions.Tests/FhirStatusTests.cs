using Hl7.Fhir.Model;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Fhir;
using static Hl7.Fhir.Model.MedicationRequest.MedicationrequestStatus;

namespace Pharmacy.Modules.Prescriptions.Tests;

/// <summary>What a FHIR client reads as a prescription's status, for each step of the pharmacy's workflow.</summary>
public sealed class FhirStatusTests
{
    private static readonly DateOnly ExpiresOn = RxFaker.Today.AddMonths(6);

    [Theory]
    [InlineData(PrescriptionStatus.Received, Draft)]
    [InlineData(PrescriptionStatus.NeedsClarification, OnHold)]
    [InlineData(PrescriptionStatus.OnHold, OnHold)]
    [InlineData(PrescriptionStatus.Verified, Active)]
    [InlineData(PrescriptionStatus.InProduction, Active)]
    [InlineData(PrescriptionStatus.ReadyToDispense, Active)]
    [InlineData(PrescriptionStatus.Cancelled, Cancelled)]
    public void Each_workflow_step_reads_as_its_FHIR_status(PrescriptionStatus status, MedicationRequest.MedicationrequestStatus expected) =>
        Assert.Equal(expected, StoredMedicationRequest.StatusOf(status, refillsRemaining: 2, ExpiresOn, RxFaker.Today));

    [Fact]
    public void A_handed_out_prescription_stays_active_while_it_can_be_refilled_and_is_completed_after()
    {
        Assert.Equal(Active, StoredMedicationRequest.StatusOf(PrescriptionStatus.Dispensed, 1, ExpiresOn, RxFaker.Today));
        Assert.Equal(Completed, StoredMedicationRequest.StatusOf(PrescriptionStatus.Shipped, 0, ExpiresOn, RxFaker.Today));
        Assert.Equal(Completed, StoredMedicationRequest.StatusOf(PrescriptionStatus.Dispensed, 3, ExpiresOn, ExpiresOn.AddDays(1)));
    }
}
