using Pharmacy.Modules.Prescriptions.Features.GetPrescription;

namespace Pharmacy.Modules.Prescriptions.Tests;

public sealed class PrescriptionTimelineTests
{
    private readonly RxFaker _rx = new();

    [Fact]
    public void A_picked_up_prescription_reads_as_received_verified_requested_ready_and_picked_up_in_that_order()
    {
        var (prescription, fill, batch) = _rx.ReadyToDispense();
        prescription.CheckAndPickUp(fill.Id, RxFaker.Now.AddDays(2));

        var timeline = PrescriptionTimeline.Of(prescription);

        Assert.Equal(
            ["Received", "Verified", "Original fill requested", "Original fill ready to dispense", "Original fill checked by the pharmacist",
                "Original fill picked up"],
            timeline.Select(step => step.Step));
        Assert.Equal("by API", timeline[0].Detail);
        Assert.Equal(RxFaker.Pharmacist, timeline[1].By);
        Assert.Equal($"batch {batch.Number}", timeline[3].Detail);
        Assert.Equal((RxFaker.Now.AddDays(2).AddMinutes(-1), RxFaker.Pharmacist), (timeline[4].At, timeline[4].By));
        Assert.Equal((RxFaker.Now.AddDays(2), RxFaker.Technician), (timeline[5].At, timeline[5].By));
    }

    [Fact]
    public void A_question_and_its_answer_come_before_verification()
    {
        var prescription = _rx.Received();
        prescription.RequestClarification("Please give the dose in mg.", RxFaker.Pharmacist, RxFaker.Now.AddHours(-2));
        prescription.AnswerClarification("4.5 mg at bedtime.", RxFaker.Technician, RxFaker.Now.AddHours(-1));

        var timeline = PrescriptionTimeline.Of(prescription);

        Assert.Equal(["Received", "Question to the prescriber", "Prescriber answered"], timeline.Select(step => step.Step));
        Assert.Equal("Please give the dose in mg.", timeline[1].Detail);
    }
}
