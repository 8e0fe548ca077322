using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.AnswerClarification;
using Pharmacy.Modules.Prescriptions.Features.ChangePatientAddresses;
using Pharmacy.Modules.Prescriptions.Features.CheckFill;
using Pharmacy.Modules.Prescriptions.Features.GetClarifications;
using Pharmacy.Modules.Prescriptions.Features.GetFillLabel;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptionHistory;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchCompounded;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchPlanned;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchRejected;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchReleased;
using Pharmacy.Modules.Prescriptions.Features.RecordFillServedFromStock;
using Pharmacy.Modules.Prescriptions.Features.GetOrderableFormulas;
using Pharmacy.Modules.Prescriptions.Features.RecordFormulaApproved;
using Pharmacy.Modules.Prescriptions.Features.RecordFormulaWithdrawn;
using Pharmacy.Modules.Prescriptions.Features.RecordPrescriberLicences;
using Pharmacy.Modules.Prescriptions.Features.RequestClarification;
using Pharmacy.Modules.Prescriptions.Features.ShipFill;
using Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests.Module;

/// <summary>The module on a real SQLite database, through its commands and queries, as staff and the other modules drive it.</summary>
public sealed class PrescriptionFlowTests : IAsyncLifetime
{
    private const string Meaning = "Verified: prescriber, patient, formula, strength, quantity and directions reviewed against the order";
    private const string FinalCheckMeaning = "Final check: right patient, preparation, quantity, label and beyond-use date checked against the prescription";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly RxFaker _rx = new();
    private readonly Guid _providerId = Guid.CreateVersion7();
    private PrescriptionsModuleHarness _module = null!;

    public async Task InitializeAsync()
    {
        _module = await PrescriptionsModuleHarness.StartAsync();
        var providerId = _providerId;
        await _module.InScopeAsync(db =>
        {
            db.Prescribers.Add(Prescriber.Activated(
                providerId, RxFaker.PrescriberNpi, "Elena", "Marsh", "MD", RxFaker.Now.AddDays(-90), RxFaker.Now.AddDays(-90)));
            return db.SaveChangesAsync();
        });
        await _module.SendAsync(new RecordPrescriberLicences(
            providerId, [.. RxFaker.States.Select(state => new HeldLicence(state, $"{state}-1001", RxFaker.Today.AddYears(1)))], RxFaker.Now.AddDays(-90)));
        var capsules = RxFaker.NaltrexoneCapsules;
        await _module.SendAsync(new RecordFormulaApproved(
            capsules.Code, capsules.Version, capsules.Name, capsules.DosageForm, capsules.Unit.Symbol, capsules.CountedInWholeUnits, capsules.Storage,
            capsules.ControlledSchedule, capsules.ApprovedAt));
    }

    public async Task DisposeAsync() => await _module.DisposeAsync();

    [Fact]
    public async Task A_verified_prescription_is_saved_with_its_original_fill_and_both_events_leave_through_the_outbox()
    {
        var received = await ReceiveAsync();

        var verified = await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)));

        var details = await _module.QueryAsync(new GetPrescription(received.Id));
        Assert.Equal(nameof(PrescriptionStatus.Verified), details.Status);
        Assert.Equal(RxFaker.Pharmacist, details.VerifiedBy);
        var fill = Assert.Single(details.Fills);
        Assert.Equal((verified.FillId, 0, nameof(FillStatus.Requested)), (fill.Id, fill.Number, fill.Status));
        var requested = await OutboxAsync<FillRequested>();
        Assert.Equal((verified.FillId, received.Id, 0, "LDN-4.5-CAP"), (requested.FillId, requested.PrescriptionId, requested.FillNumber, requested.FormulaCode));
        Assert.Equal(RxFaker.Pharmacist, (await OutboxAsync<PrescriptionVerified>()).VerifiedBy);
    }

    [Fact]
    public async Task The_record_history_shows_the_signature_of_the_verification_and_the_creation_of_the_fill()
    {
        var received = await ReceiveAsync();
        await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)));

        var history = await _module.QueryAsync(new GetPrescriptionHistory(received.Id));

        Assert.Equal([nameof(ReceivePrescription), nameof(VerifyPrescription), nameof(VerifyPrescription)], history.Select(e => e.Action).Order());
        var signed = Assert.Single(history, e => e.Record == "Prescription" && e.Action == nameof(VerifyPrescription));
        Assert.Equal((Meaning, RxFaker.Pharmacist), (signed.SignatureMeaning, signed.SignedBy));
        Assert.Contains(signed.Changes, c => c is { Field: "Status", Before: "Received", After: "Verified" });
        var fill = Assert.Single(history, e => e.Record == "Fill 0");
        Assert.Contains(fill.Changes, c => c is { Field: "Status", Before: null, After: "Requested" });
    }

    [Fact]
    public async Task A_wrong_password_signs_nothing_and_the_prescription_stays_received()
    {
        var received = await ReceiveAsync();

        await Assert.ThrowsAsync<SignatureRefusedException>(
            () => _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput("guess", Meaning))));

        var details = await _module.QueryAsync(new GetPrescription(received.Id));
        Assert.Equal((nameof(PrescriptionStatus.Received), 0), (details.Status, details.Fills.Count));
    }

    [Fact]
    public async Task An_api_client_cannot_verify_a_prescription()
    {
        var received = await ReceiveAsync();
        _module.User.IsPerson = false;

        await Assert.ThrowsAsync<SignatureRefusedException>(
            () => _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning))));
    }

    [Fact]
    public async Task A_fill_served_from_released_stock_is_ready_at_once_with_the_stock_batch_and_its_beyond_use_date()
    {
        var received = await ReceiveAsync();
        var fillId = (await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId;
        var batch = _rx.Batch();
        var bud = RxFaker.Now.AddDays(150);

        await _module.SendAsync(new RecordFillServedFromStock(fillId, batch.Id, batch.Number, bud, "Room"));

        var details = await _module.QueryAsync(new GetPrescription(received.Id));
        var fill = Assert.Single(details.Fills);
        Assert.Equal(nameof(PrescriptionStatus.ReadyToDispense), details.Status);
        Assert.Equal((batch.Id, batch.Number, bud), (fill.BatchId, fill.BatchNumber, fill.BeyondUseDate));
    }

    [Fact]
    public async Task A_fill_made_and_released_then_shipped_is_charged_to_the_patient_by_name()
    {
        var received = await ReceiveAsync();
        var fillId = (await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId;
        var batch = _rx.Batch();
        // A batch may also serve fills this module does not know; they are passed over.
        await _module.SendAsync(new RecordBatchPlanned(batch.Id, batch.Number, [fillId, Guid.CreateVersion7()]));
        await _module.SendAsync(new RecordBatchCompounded(batch.Id, RxFaker.Now.AddDays(180), "Room", [fillId]));
        await _module.SendAsync(new RecordBatchReleased(batch.Id, batch.Number, [fillId]));
        await CheckWithAnAddressAsync(received.Id, fillId);
        var tracking = _rx.TrackingNumber();

        await _module.SendAsync(new ShipFill(received.Id, fillId, "UPS", tracking));

        var details = await _module.QueryAsync(new GetPrescription(received.Id));
        Assert.Equal(nameof(PrescriptionStatus.Shipped), details.Status);
        var dispensed = await OutboxAsync<FillDispensed>();
        Assert.Equal(("Shipped", "UPS", tracking, batch.Id), (dispensed.Method, dispensed.Carrier, dispensed.TrackingNumber, dispensed.BatchId));
        Assert.Equal($"{details.PatientFirstName} {details.PatientLastName}", dispensed.PayerName);
        Assert.Equal(details.PrescriberId, dispensed.PrescriberId);
    }

    [Fact]
    public async Task Shipping_a_fill_is_on_the_prescription_history_with_the_fill_its_carrier_and_the_person_who_shipped_it()
    {
        var received = await ReceiveAsync();
        var fillId = (await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId;
        var batch = _rx.Batch();
        await _module.SendAsync(new RecordBatchPlanned(batch.Id, batch.Number, [fillId]));
        await _module.SendAsync(new RecordBatchCompounded(batch.Id, RxFaker.Now.AddDays(180), "Room", [fillId]));
        await _module.SendAsync(new RecordBatchReleased(batch.Id, batch.Number, [fillId]));
        await CheckWithAnAddressAsync(received.Id, fillId);
        var tracking = _rx.TrackingNumber();

        await _module.SendAsync(new ShipFill(received.Id, fillId, "UPS", tracking));

        var history = await _module.QueryAsync(new GetPrescriptionHistory(received.Id));
        var shipped = Assert.Single(history, e => e.Record == "Fill 0" && e.Action == nameof(ShipFill));
        Assert.Equal(("Ship fill", RxFaker.Pharmacist), (shipped.Act, shipped.Who));
        Assert.Contains(shipped.Changes, c => c is { Field: "Status", Before: "Ready to dispense", After: "Shipped" });
        Assert.Contains(shipped.Changes, c => c is { Field: "Carrier", Before: null, After: "UPS" });
        Assert.Contains(shipped.Changes, c => c.Field == "Tracking number" && c.After == tracking);
        Assert.Contains(history, e => e.Record == "Fill 0" && e.Action == nameof(RecordBatchPlanned) && e.Changes.Any(c => c.After == batch.Number));
    }

    [Fact]
    public async Task A_final_check_is_signed_recorded_on_the_history_and_announced_and_the_fill_ships_to_the_patients_address()
    {
        var received = await ReceiveAsync();
        var fillId = (await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId;
        var batch = _rx.Batch();
        await _module.SendAsync(new RecordBatchPlanned(batch.Id, batch.Number, [fillId]));
        await _module.SendAsync(new RecordBatchCompounded(batch.Id, RxFaker.Now.AddDays(180), "Refrigerator", [fillId]));
        await _module.SendAsync(new RecordBatchReleased(batch.Id, batch.Number, [fillId]));

        await CheckWithAnAddressAsync(received.Id, fillId);

        var checkedFill = await OutboxAsync<FillChecked>();
        Assert.Equal((fillId, received.RxNumber, 0, RxFaker.Pharmacist), (checkedFill.FillId, checkedFill.RxNumber, checkedFill.FillNumber, checkedFill.CheckedBy));
        var history = await _module.QueryAsync(new GetPrescriptionHistory(received.Id));
        Assert.Contains(history, e => e.Record == "Fill 0" && e.Action == nameof(CheckFill) && e.Who == RxFaker.Pharmacist);

        await Assert.ThrowsAsync<BusinessRuleValidationException>(
            () => _module.SendAsync(new ShipFill(received.Id, fillId, "UPS", _rx.TrackingNumber())));
        await _module.SendAsync(new ShipFill(received.Id, fillId, "UPS", _rx.TrackingNumber(), ColdChainPacked: true));

        var fill = Assert.Single((await _module.QueryAsync(new GetPrescription(received.Id))).Fills);
        Assert.Equal(("12 Elm Street", "Austin", "78701"), (fill.ShipTo!.Line1, fill.ShipTo.City, fill.ShipTo.Zip));
        Assert.True(fill.ColdChainPacked);
        var slip = await _module.QueryAsync(new Features.GetShippingSlip.GetShippingSlip(received.Id, fillId));
        Assert.True(slip.IsPrintable && slip.ColdChain);
        Assert.Equal(("Riverside Compounding Pharmacy", "12 Elm Street", "UPS"), (slip.PharmacyName, slip.ShipTo!.Line1, slip.Carrier));
    }

    [Fact]
    public async Task Shipping_for_a_patient_without_an_address_is_refused()
    {
        var received = await ReceiveAsync();
        var fillId = (await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId;
        var batch = _rx.Batch();
        await _module.SendAsync(new RecordBatchPlanned(batch.Id, batch.Number, [fillId]));
        await _module.SendAsync(new RecordBatchCompounded(batch.Id, RxFaker.Now.AddDays(180), "Room", [fillId]));
        await _module.SendAsync(new RecordBatchReleased(batch.Id, batch.Number, [fillId]));
        await _module.SendAsync(new CheckFill(received.Id, fillId, new SignatureInput(TestUser.Password, FinalCheckMeaning)));

        var broken = await Assert.ThrowsAsync<BusinessRuleValidationException>(
            () => _module.SendAsync(new ShipFill(received.Id, fillId, "UPS", _rx.TrackingNumber())));

        Assert.IsType<ShipmentNeedsAnAddressRule>(broken.BrokenRule);
    }

    [Fact]
    public async Task The_label_of_a_released_fill_names_the_pharmacy_the_formula_the_batch_and_its_beyond_use_date()
    {
        var received = await ReceiveAsync();
        var fillId = (await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId;
        var batch = _rx.Batch();
        var beyondUseDate = RxFaker.Now.AddDays(180);
        await _module.SendAsync(new RecordBatchPlanned(batch.Id, batch.Number, [fillId]));
        await _module.SendAsync(new RecordBatchCompounded(batch.Id, beyondUseDate, "Room", [fillId]));
        await _module.SendAsync(new RecordBatchReleased(batch.Id, batch.Number, [fillId]));

        var label = await _module.QueryAsync(new GetFillLabel(received.Id, fillId));

        Assert.True(label.IsPrintable);
        Assert.Equal("Riverside Compounding Pharmacy", label.PharmacyName);
        Assert.Equal(("Naltrexone 4.5 mg capsule", "capsule", batch.Number, beyondUseDate), (label.FormulaName, label.Unit, label.BatchNumber, label.BeyondUseDate));
        Assert.Equal(received.RxNumber, label.RxNumber);
        Assert.Equal(RxFaker.Pharmacist, label.VerifiedBy);
        Assert.Equal($"{received.RxNumber}-0", label.BarcodeText);
        Assert.Empty(label.Warnings); // a non-controlled capsule
    }

    [Fact]
    public async Task A_batch_rejected_by_quality_holds_the_prescription_with_the_reason()
    {
        var received = await ReceiveAsync();
        var fillId = (await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId;
        var batch = _rx.Batch();
        await _module.SendAsync(new RecordBatchPlanned(batch.Id, batch.Number, [fillId]));

        await _module.SendAsync(new RecordBatchRejected(batch.Id, batch.Number, "assay 87% of label", "Dana Cho, QA", [fillId]));

        var details = await _module.QueryAsync(new GetPrescription(received.Id));
        Assert.Equal(nameof(PrescriptionStatus.OnHold), details.Status);
        Assert.Equal($"Batch {batch.Number} rejected by quality: assay 87% of label", details.HoldReason);
        Assert.Equal(nameof(FillStatus.OnHold), Assert.Single(details.Fills).Status);
    }

    [Fact]
    public async Task Shipping_without_a_tracking_number_is_refused_with_a_field_error()
    {
        var received = await ReceiveAsync();

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(
            () => _module.SendAsync(new ShipFill(received.Id, Guid.CreateVersion7(), "UPS", "")));

        Assert.Contains(refused.Errors, error => error.PropertyName == nameof(ShipFill.TrackingNumber));
    }

    [Fact]
    public async Task The_clarification_queue_shows_the_question_until_it_is_answered_and_then_the_answer()
    {
        var received = await ReceiveAsync();
        await _module.SendAsync(new RequestClarification(received.Id, "Which strength: 1.5 mg or 4.5 mg?"));

        var open = await _module.QueryAsync(new GetClarifications(null, ClarificationFilter.Open));
        Assert.Equal("Which strength: 1.5 mg or 4.5 mg?", Assert.Single(open.Items).Question);

        await _module.SendAsync(new AnswerClarification(received.Id, "4.5 mg, confirmed by phone."));

        Assert.Empty((await _module.QueryAsync(new GetClarifications(null, ClarificationFilter.Open))).Items);
        var answered = Assert.Single((await _module.QueryAsync(new GetClarifications(null, ClarificationFilter.Answered))).Items);
        Assert.Equal(("4.5 mg, confirmed by phone.", nameof(PrescriptionStatus.Received)), (answered.Answer, answered.Status));
    }

    [Fact]
    public async Task Dispensing_a_fill_of_another_prescription_is_not_found()
    {
        var first = await ReceiveAsync();
        var second = await ReceiveAsync();
        var fillId = (await _module.SendAsync(new VerifyPrescription(first.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId;

        await Assert.ThrowsAsync<Pharmacy.Shared.Infrastructure.Errors.NotFoundException>(
            () => _module.SendAsync(new Features.DispenseFill.DispenseFill(second.Id, fillId, "Maria Alvarez", CollectorRelationship.Self, CounsellingAnswer.Declined)));
    }

    [Fact]
    public async Task A_clarification_after_verification_is_refused_by_its_rule()
    {
        var received = await ReceiveAsync();
        await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)));

        var broken = await Assert.ThrowsAsync<BusinessRuleValidationException>(
            () => _module.SendAsync(new RequestClarification(received.Id, "Too late to ask?")));

        Assert.Equal(nameof(ClarificationCanOnlyBeRequestedBeforeVerificationRule), broken.RuleName);
    }

    [Fact]
    public async Task Once_the_CRM_says_the_licence_in_the_patients_state_has_expired_new_prescriptions_for_that_state_are_refused()
    {
        await _module.SendAsync(new RecordPrescriberLicences(
            _providerId, [new HeldLicence("TX", "TX-1001", RxFaker.Today.AddDays(-10)), new HeldLicence("CA", "CA-1001", RxFaker.Today.AddYears(1))],
            RxFaker.Now.AddDays(-1)));
        // The earlier change, delivered late, does not bring the expired licence back.
        await _module.SendAsync(new RecordPrescriberLicences(
            _providerId, [new HeldLicence("TX", "TX-1001", RxFaker.Today.AddYears(1))], RxFaker.Now.AddDays(-2)));

        var texas = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => ReceiveAsync("TX"));
        var california = await ReceiveAsync("CA");

        Assert.Equal(nameof(PrescriberMustBeLicensedInThePatientsStateRule), texas.RuleName);
        Assert.Contains("holds no licence in TX", texas.Message);
        Assert.Equal(nameof(PrescriptionStatus.Received), california.Status);
    }

    [Fact]
    public async Task A_withdrawn_formula_is_refused_at_intake_with_its_reason_and_leaves_the_catalog_until_a_new_version_is_approved()
    {
        var capsules = RxFaker.NaltrexoneCapsules;
        var received = await ReceiveAsync();
        await _module.SendAsync(new RecordFormulaWithdrawn(
            capsules.Code, capsules.Version, "Excipient supplier recall; formula under review", RxFaker.Now.AddHours(-1)));

        var refused = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => ReceiveAsync());
        Assert.Contains("withdrawn", refused.Message);
        Assert.Contains("Excipient supplier recall", refused.Message);
        Assert.DoesNotContain(await _module.QueryAsync(new GetOrderableFormulas()), formula => formula.Code == capsules.Code);
        Assert.Equal(nameof(PrescriptionStatus.Received), (await _module.QueryAsync(new GetPrescription(received.Id))).Status);

        // The approval of the version that was withdrawn, delivered again, does not bring it back.
        await _module.SendAsync(new RecordFormulaApproved(
            capsules.Code, capsules.Version, capsules.Name, capsules.DosageForm, capsules.Unit.Symbol, capsules.CountedInWholeUnits, capsules.Storage,
            capsules.ControlledSchedule, capsules.ApprovedAt));
        await Assert.ThrowsAsync<BusinessRuleValidationException>(() => ReceiveAsync());

        await _module.SendAsync(new RecordFormulaApproved(
            capsules.Code, capsules.Version + 1, capsules.Name, capsules.DosageForm, capsules.Unit.Symbol, capsules.CountedInWholeUnits, capsules.Storage,
            capsules.ControlledSchedule, RxFaker.Now));
        var accepted = await ReceiveAsync();
        Assert.Equal(nameof(PrescriptionStatus.Received), (await _module.QueryAsync(new GetPrescription(accepted.Id))).Status);
        Assert.Contains(await _module.QueryAsync(new GetOrderableFormulas()), formula => formula.Code == capsules.Code);
    }

    /// <summary>The pharmacist's final check of the released fill, and a home address on the patient's record to ship to.</summary>
    private async Task CheckWithAnAddressAsync(Guid prescriptionId, Guid fillId)
    {
        await _module.SendAsync(new CheckFill(prescriptionId, fillId, new SignatureInput(TestUser.Password, FinalCheckMeaning)));
        var patientId = (await _module.QueryAsync(new GetPrescription(prescriptionId))).PatientId!.Value;
        await _module.SendAsync(new ChangePatientAddresses(patientId, new AddressInput("12 Elm Street", null, "Austin", "TX", "78701"), null));
    }

    private Task<PrescriptionReceivedResponse> ReceiveAsync(string? state = null)
    {
        var patient = _rx.Patient();
        return _module.SendAsync(new ReceivePrescription(
            IntakeChannel.Staff, null, RxFaker.PrescriberNpi,
            new PatientInput(patient.FirstName, patient.LastName, patient.DateOfBirth, patient.Sex.ToString(), state ?? patient.State),
            "LDN-4.5-CAP", RxFaker.Capsules, "Take 1 capsule by mouth at bedtime.", RxFaker.DaysSupply, 2, RxFaker.Today.AddDays(-1)));
    }

    private Task<T> OutboxAsync<T>() =>
        _module.InScopeAsync(async db =>
        {
            var type = typeof(T).FullName + ",";
            var payload = await db.OutboxMessages.Where(m => m.Type.StartsWith(type)).Select(m => m.Payload).SingleAsync();
            return JsonSerializer.Deserialize<T>(payload, Json)!;
        });
}
