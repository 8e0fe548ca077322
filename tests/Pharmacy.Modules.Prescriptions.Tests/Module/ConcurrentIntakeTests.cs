using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;
using Pharmacy.Modules.Prescriptions.Features.RecordBatchPlanned;
using Pharmacy.Modules.Prescriptions.Features.RecordFormulaApproved;
using Pharmacy.Modules.Prescriptions.Features.RecordPrescriberLicences;
using Pharmacy.Modules.Prescriptions.Features.VerifyPrescription;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Tests.Module;

/// <summary>
/// Commands read before they write, so what the reads cannot settle is settled by the database: the sender's id by
/// its unique index, the Rx number by the module's sequence, a concurrent change of one prescription by its version.
/// </summary>
public sealed class ConcurrentIntakeTests : IAsyncLifetime
{
    private const int Clients = 12;
    private const string Meaning = "Verified: prescriber, patient, formula, strength, quantity and directions reviewed against the order";

    private readonly RxFaker _rx = new();
    private PrescriptionsModuleHarness _module = null!;

    public async Task InitializeAsync()
    {
        _module = await PrescriptionsModuleHarness.StartAsync();
        var providerId = Guid.CreateVersion7();
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
        _module.User.IsPerson = false;
        _module.User.Id = "api-key:clinic-ehr";
    }

    public async Task DisposeAsync() => await _module.DisposeAsync();

    [Fact]
    public async Task The_same_external_id_sent_by_many_clients_at_once_makes_one_prescription_and_every_answer_names_it()
    {
        var order = Intake(externalId: "EHR-20261129-0042");

        var answers = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(() => _module.SendAsync(order))));

        var first = Assert.Single(answers, answer => answer.Created);
        Assert.All(answers, answer => Assert.Equal((first.Id, first.RxNumber), (answer.Id, answer.RxNumber)));
        Assert.Equal(1, await _module.InScopeAsync(db => db.Prescriptions.CountAsync(p => p.ExternalId == "EHR-20261129-0042")));
        Assert.Equal(1, await _module.InScopeAsync(db => db.OutboxMessages.CountAsync(m => m.Type.StartsWith(typeof(PrescriptionReceived).FullName + ","))));
    }

    [Fact]
    public async Task Rx_numbers_given_at_once_are_all_different_and_a_restarted_host_carries_on_above_them()
    {
        var orders = Enumerable.Range(0, Clients * 3).Select(i => Intake($"EHR-{i}")).ToList();

        var answers = await Task.WhenAll(orders.Select(order => Task.Run(() => _module.SendAsync(order))));
        var next = await _module.SendAsync(Intake("EHR-after"));
        // A new process reserves its own block of numbers from the database.
        var afterRestart = await _module.InScopeAsync(db => new RxNumbers().NextAsync(db, CancellationToken.None).AsTask());

        var given = answers.Select(answer => answer.RxNumber).ToList();
        Assert.Equal(given.Count, given.Distinct().Count());
        Assert.True(next.RxNumber > given.Max());
        Assert.True(afterRestart > next.RxNumber);
    }

    [Fact]
    public async Task A_change_to_a_fill_is_refused_when_the_prescription_was_changed_by_someone_else_since_it_was_read()
    {
        var received = await _module.SendAsync(Intake("EHR-7"));
        _module.User.IsPerson = true;
        var fillId = FillId.From((await _module.SendAsync(new VerifyPrescription(received.Id, new SignatureInput(TestUser.Password, Meaning)))).FillId);
        var batch = _rx.Batch();
        await _module.SendAsync(new RecordBatchPlanned(batch.Id, batch.Number, [fillId.Value]));

        var refused = await _module.InScopeAsync(async first =>
        {
            var readFirst = await first.FindPrescriptionAsync(received.Id, CancellationToken.None);
            return await _module.InScopeAsync(async second =>
            {
                // Both read the prescription; the one who saves second only changed its fill.
                var readSecond = await second.FindPrescriptionAsync(received.Id, CancellationToken.None);
                readFirst.RecordBatchCompounded(fillId, RxFaker.Now.AddDays(180), "Room");
                await first.SaveChangesAsync();
                readSecond.RecordBatchCompounded(fillId, RxFaker.Now.AddDays(90), "Refrigerator");
                return await Record.ExceptionAsync(() => second.SaveChangesAsync());
            });
        });

        Assert.IsAssignableFrom<DbUpdateConcurrencyException>(refused);
        var fill = await _module.InScopeAsync(async db => (await db.FindPrescriptionAsync(received.Id, CancellationToken.None)).FindFill(fillId)!);
        Assert.Equal("Room", fill.Storage);
    }

    private ReceivePrescription Intake(string externalId)
    {
        var patient = _rx.Patient();
        return new ReceivePrescription(
            IntakeChannel.Api, externalId, RxFaker.PrescriberNpi,
            new PatientInput(patient.FirstName, patient.LastName, patient.DateOfBirth, patient.Sex.ToString(), patient.State),
            "LDN-4.5-CAP", RxFaker.Capsules, "Take 1 capsule by mouth at bedtime.", RxFaker.DaysSupply, 2, RxFaker.Today.AddDays(-1));
    }
}
