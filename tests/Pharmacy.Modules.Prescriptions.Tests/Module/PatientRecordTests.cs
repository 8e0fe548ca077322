using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.GetPatient;
using Pharmacy.Modules.Prescriptions.Features.GetPatients;
using Pharmacy.Modules.Prescriptions.Features.GetPossibleDuplicatePatients;
using Pharmacy.Modules.Prescriptions.Features.KeepPatientsSeparate;
using Pharmacy.Modules.Prescriptions.Features.MergePatients;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;
using Pharmacy.Modules.Prescriptions.Features.RecordFormulaApproved;
using Pharmacy.Modules.Prescriptions.Features.RecordPatientAllergies;
using Pharmacy.Modules.Prescriptions.Features.RecordPatientInsurance;
using Pharmacy.Modules.Prescriptions.Features.RecordPrescriberLicences;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Tests.Module;

/// <summary>Patients as records of their own: found or registered on intake, flagged when they may be duplicates, merged or kept apart.</summary>
public sealed class PatientRecordTests : IAsyncLifetime
{
    private static readonly DateOnly BornIn1974 = new(1974, 6, 2);
    private static readonly PatientInput Written = new("Dana", "Whitaker", BornIn1974, nameof(Sex.Female), "TX");

    private PrescriptionsModuleHarness _module = null!;

    public async Task InitializeAsync()
    {
        _module = await PrescriptionsModuleHarness.StartAsync();
        var providerId = Guid.CreateVersion7();
        await _module.InScopeAsync(db =>
        {
            db.Prescribers.Add(Prescriber.Activated(providerId, RxFaker.PrescriberNpi, "Elena", "Marsh", "MD", RxFaker.Now.AddDays(-90), RxFaker.Now.AddDays(-90)));
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
    public async Task Intake_of_a_new_patient_registers_their_record_and_links_the_prescription()
    {
        var received = await ReceiveAsync(Written);

        var patientId = await PatientOfAsync(received.Id);
        var patient = await _module.QueryAsync(new GetPatient(patientId));
        Assert.Equal(("Dana", "Whitaker", BornIn1974, "TX"), (patient.FirstName, patient.LastName, patient.DateOfBirth, patient.State));
        Assert.Equal(nameof(AllergyStatus.NotRecorded), patient.AllergyStatus);
        Assert.Equal(received.Id, Assert.Single(patient.Prescriptions).Id);
        Assert.Null(patient.PossibleDuplicateOf);
    }

    [Fact]
    public async Task A_second_prescription_for_the_same_name_and_birth_date_joins_the_same_patient()
    {
        var first = await ReceiveAsync(Written);

        var second = await ReceiveAsync(Written with { FirstName = " DANA ", LastName = "whitaker" });

        Assert.Equal(await PatientOfAsync(first.Id), await PatientOfAsync(second.Id));
        Assert.Equal(1, await _module.InScopeAsync(db => db.Patients.CountAsync()));
        Assert.Empty((await _module.QueryAsync(new GetPossibleDuplicatePatients())).Items);
    }

    [Fact]
    public async Task A_prescription_for_the_same_name_and_birth_date_in_another_state_is_flagged_a_possible_duplicate()
    {
        var first = await ReceiveAsync(Written);

        var second = await ReceiveAsync(Written with { State = "CA" });

        var existingId = await PatientOfAsync(first.Id);
        var duplicateId = await PatientOfAsync(second.Id);
        Assert.NotEqual(existingId, duplicateId);
        var pair = Assert.Single((await _module.QueryAsync(new GetPossibleDuplicatePatients())).Items);
        Assert.Equal((duplicateId, existingId), (pair.Duplicate.Id, pair.Existing.Id));
        Assert.Equal((1, 1), (pair.Duplicate.Prescriptions, pair.Existing.Prescriptions));
    }

    [Fact]
    public async Task Merging_moves_the_duplicates_prescriptions_to_the_kept_record_hides_the_duplicate_and_is_audited()
    {
        var first = await ReceiveAsync(Written);
        var second = await ReceiveAsync(Written with { Sex = nameof(Sex.Male) });
        var keptId = await PatientOfAsync(first.Id);
        var duplicateId = await PatientOfAsync(second.Id);

        var merged = await _module.SendAsync(new MergePatients(duplicateId, keptId));

        Assert.Equal(1, merged.PrescriptionsMoved);
        Assert.Equal(keptId, await PatientOfAsync(second.Id));
        var kept = await _module.QueryAsync(new GetPatient(keptId));
        Assert.Equal([first.Id, second.Id], kept.Prescriptions.Select(p => p.Id).Order());
        var duplicate = await _module.QueryAsync(new GetPatient(duplicateId));
        Assert.Equal(keptId, duplicate.MergedInto!.Id);
        Assert.Equal(RxFaker.Pharmacist, duplicate.DuplicateReviewedBy);
        Assert.Equal([keptId], (await _module.QueryAsync(new GetPatients("Whitaker", null))).Items.Select(p => p.Id));
        Assert.Empty((await _module.QueryAsync(new GetPossibleDuplicatePatients())).Items);
        var audit = await AuditOfAsync(nameof(MergePatients));
        Assert.Contains(audit, entry => entry.RecordType == nameof(Patient) && entry.RecordId == duplicateId.ToString()
                                        && entry.After!.Contains(keptId.ToString(), StringComparison.OrdinalIgnoreCase));
        Assert.Contains(audit, entry => entry.RecordType == nameof(Prescription) && entry.RecordId == second.Id.ToString());
        Assert.All(audit, entry => Assert.Equal(RxFaker.Pharmacist, entry.UserName));
    }

    [Fact]
    public async Task Merging_a_record_into_itself_is_refused_with_the_rule_and_changes_nothing()
    {
        var received = await ReceiveAsync(Written);
        var patientId = await PatientOfAsync(received.Id);

        var refused = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => _module.SendAsync(new MergePatients(patientId, patientId)));

        Assert.Equal(nameof(PatientCannotBeMergedIntoItselfRule), refused.RuleName);
        Assert.Null((await _module.QueryAsync(new GetPatient(patientId))).MergedInto);
        Assert.Empty(await AuditOfAsync(nameof(MergePatients)));
    }

    [Fact]
    public async Task Keeping_a_possible_duplicate_separate_clears_the_flag_and_is_audited()
    {
        await ReceiveAsync(Written);
        var second = await ReceiveAsync(Written with { State = "CA" });
        var duplicateId = await PatientOfAsync(second.Id);

        await _module.SendAsync(new KeepPatientsSeparate(duplicateId));

        var patient = await _module.QueryAsync(new GetPatient(duplicateId));
        Assert.Null(patient.PossibleDuplicateOf);
        Assert.Null(patient.MergedInto);
        Assert.Equal(RxFaker.Pharmacist, patient.DuplicateReviewedBy);
        Assert.Empty((await _module.QueryAsync(new GetPossibleDuplicatePatients())).Items);
        Assert.Equal(2, (await _module.QueryAsync(new GetPatients("Whitaker", BornIn1974))).TotalCount);
        var entry = Assert.Single(await AuditOfAsync(nameof(KeepPatientsSeparate)));
        Assert.Equal((nameof(Patient), duplicateId.ToString()), (entry.RecordType, entry.RecordId));
        Assert.Contains("PossibleDuplicateOf", entry.Before);
    }

    [Fact]
    public async Task Allergies_and_insurance_are_saved_and_read_back_and_a_bad_BIN_is_a_field_error()
    {
        var patientId = await PatientOfAsync((await ReceiveAsync(Written)).Id);

        await _module.SendAsync(new RecordPatientAllergies(patientId, AllergyStatus.Recorded, [new AllergyInput("Penicillin", "RxNorm 7980", "Hives")]));
        await _module.SendAsync(new RecordPatientInsurance(patientId, new InsuranceInput("OptumRx", "610011", "IRX", "RX5521", "W123456789", CardholderRelationship.Self)));
        var badBin = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _module.SendAsync(
            new RecordPatientInsurance(patientId, new InsuranceInput("OptumRx", "61001", null, null, "W123456789", CardholderRelationship.Self))));

        var patient = await _module.QueryAsync(new GetPatient(patientId));
        Assert.Equal(("Penicillin", "RxNorm 7980"), (Assert.Single(patient.Allergies).Substance, patient.Allergies[0].Code));
        Assert.Equal("610011", patient.Insurance!.Bin);
        Assert.Contains(badBin.Errors, error => error.PropertyName == "Insurance.Bin");
    }

    private Task<PrescriptionReceivedResponse> ReceiveAsync(PatientInput patient) =>
        _module.SendAsync(new ReceivePrescription(
            IntakeChannel.Staff, null, RxFaker.PrescriberNpi, patient, "LDN-4.5-CAP", RxFaker.Capsules, "Take 1 capsule by mouth at bedtime.",
            RxFaker.DaysSupply, 2, RxFaker.Today.AddDays(-1)));

    private Task<Guid> PatientOfAsync(Guid prescriptionId) =>
        _module.InScopeAsync(async db =>
        {
            var id = PrescriptionId.From(prescriptionId);
            var patientId = await db.Prescriptions.Where(p => p.Id == id).Select(p => p.PatientId).SingleAsync();
            return patientId!.Value.Value;
        });

    private Task<List<Pharmacy.Shared.Infrastructure.Audit.AuditEntry>> AuditOfAsync(string action) =>
        _module.InScopeAsync(db => db.AuditEntries.AsNoTracking().Where(entry => entry.Action == action).ToListAsync());
}
