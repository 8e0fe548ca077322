using Bogus;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.DomainEvents;
using static Bogus.DataSets.Name;

namespace Pharmacy.Modules.Prescriptions.DemoData;

/// <summary>
/// Six active prescribers and 25 prescriptions waiting at the first steps of the workflow (received, in
/// clarification, on hold), each of a patient's record (<see cref="DemoPatientRecords"/>). Nothing verified or later:
/// those states come from the flow through the other modules.
/// </summary>
internal sealed class PrescriptionsDemoData(PrescriptionsDbContext db, DomainEventDispatcher domainEvents, RxNumbers rxNumbers, PrescribingLimits limits)
    : IDemoDataSeeder
{
    private const int MaxHoursAgo = 120;

    // Long enough ago for a clarification to have been asked and answered, or a hold placed, since.
    private const int MinMinutesAgo = 240;

    /// <summary>A large database of older prescriptions is linked in steps, one per start, so that no start waits long.</summary>
    private const int LinkedPerStart = 500;

    private const string Technician = "Jordan Reyes, CPhT";
    private const string Pharmacist = "Alex Kim, PharmD";

    private static readonly string[] States = ["TX", "CA", "FL", "NY", "AZ", "CO", "WA", "IL", "GA", "NC"];
    private static readonly string[] PetNames = ["Biscuit", "Mochi", "Pepper", "Juniper", "Rocket", "Olive"];
    private static readonly IntakeChannel[] Channels = [IntakeChannel.Portal, IntakeChannel.Api, IntakeChannel.Fhir, IntakeChannel.Staff];

    public int Order => 40;

    public bool IsCatalog => false;

    public async Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        db.AuditContext = AuditContext.System("SeedDemoData");
        var prescribers = await SeedPrescribersAsync(context.Now, cancellationToken);
        var authorities = await SeedPrescribingAuthorityAsync(context.Now, cancellationToken);
        var formulas = await SeedFormulasAsync(context.Now, cancellationToken);
        // Prescriptions are only seeded into an empty module: never mixed with real work.
        if (!await db.Prescriptions.AnyAsync(cancellationToken))
        {
            await SeedPrescriptionsAsync(context, prescribers, authorities, formulas, cancellationToken);
        }
        else
        {
            await LinkPrescriptionsToPatientRecordsAsync(cancellationToken);
        }

        await domainEvents.DispatchAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<string, Prescriber>> SeedPrescribersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = DemoPrescribers.All.Select(p => p.ProviderId).ToList();
        var npis = DemoPrescribers.All.Select(p => p.Npi).ToList();
        var known = await db.Prescribers.Where(p => ids.Contains(p.ProviderId) || npis.Contains(p.Npi)).ToListAsync(cancellationToken);
        var byNpi = known.ToDictionary(p => p.Npi);
        foreach (var demo in DemoPrescribers.All.Where(demo => !byNpi.ContainsKey(demo.Npi) && known.All(p => p.ProviderId != demo.ProviderId)))
        {
            var activatedAt = now.AddDays(-90);
            var prescriber = Prescriber.Activated(demo.ProviderId, demo.Npi, demo.FirstName, demo.LastName, demo.Credential, activatedAt, activatedAt);
            db.Prescribers.Add(prescriber);
            byNpi[demo.Npi] = prescriber;
        }

        return byNpi;
    }

    /// <summary>
    /// The demo prescribers' licences (in every state the demo patients live in) and DEA registrations, as the CRM's demo
    /// data records them; its events replace these with the same.
    /// </summary>
    private async Task<Dictionary<Guid, PrescribingAuthority>> SeedPrescribingAuthorityAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var authorities = new Dictionary<Guid, PrescribingAuthority>();
        var expiresOn = DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6);
        foreach (var demo in DemoPrescribers.All)
        {
            var licences = await db.PrescriberLicences.Where(l => l.ProviderId == demo.ProviderId).ToListAsync(cancellationToken);
            var registrations = await db.PrescriberDeaRegistrations.Where(r => r.ProviderId == demo.ProviderId).ToListAsync(cancellationToken);
            if (licences.Count == 0)
            {
                licences = [.. States.Select(state => PrescriberLicence.Held(demo.ProviderId, state, $"{state}-DEMO", expiresOn, SeededAt(now)))];
                db.PrescriberLicences.AddRange(licences);
            }

            if (registrations.Count == 0)
            {
                registrations = [PrescriberDeaRegistration.Held(demo.ProviderId, demo.DeaNumber, ["2", "2N", "3", "3N", "4", "5"], expiresOn, SeededAt(now))];
                db.PrescriberDeaRegistrations.AddRange(registrations);
            }

            authorities[demo.ProviderId] = new PrescribingAuthority(licences, registrations);
        }

        return authorities;
    }

    /// <summary>Older than any CRM change, so that the CRM's own events about the same prescribers replace these rows.</summary>
    private static DateTimeOffset SeededAt(DateTimeOffset now) => now.AddYears(-1);

    private async Task<Dictionary<string, OrderableFormula>> SeedFormulasAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = await db.Formulas.ToDictionaryAsync(formula => formula.Code, cancellationToken);
        foreach (var demo in DemoFormulas.All.Where(demo => !known.ContainsKey(demo.Code)))
        {
            var formula = OrderableFormula.Approved(
                demo.Code, 1, demo.Name, demo.DosageForm, demo.Unit, demo.CountedInWholeUnits, demo.Storage, demo.ControlledSchedule, now, now);
            db.Formulas.Add(formula);
            known[formula.Code] = formula;
        }

        return known;
    }

    private async Task SeedPrescriptionsAsync(
        DemoDataContext context, Dictionary<string, Prescriber> prescribers, Dictionary<Guid, PrescribingAuthority> authorities,
        Dictionary<string, OrderableFormula> formulas, CancellationToken cancellationToken)
    {
        var faker = new Faker("en") { Random = new Randomizer(context.RandomSeed) };
        var arrivals = DemoPrescriptions.All
            .Select((demo, index) => (Demo: demo, Index: index, ReceivedAt: context.Now.AddMinutes(-faker.Random.Int(MinMinutesAgo, MaxHoursAgo * 60))))
            .OrderBy(arrival => arrival.ReceivedAt)
            .ToList();
        var records = new List<Patient>();
        var written = new Dictionary<int, PatientDetails>();
        var recordFaker = new Faker("en") { Random = new Randomizer(context.RandomSeed + 1) };
        // Rx numbers follow the order of arrival, as they do at the counter, from the same sequence as every intake.
        foreach (var (demo, index, receivedAt) in arrivals)
        {
            if (!prescribers.TryGetValue(demo.Prescriber.Npi, out var prescriber) || !prescriber.IsActive)
            {
                continue;
            }

            var writtenOn = DateOnly.FromDateTime(receivedAt.UtcDateTime).AddDays(-faker.Random.Int(0, 3));
            var channel = Channels[index % Channels.Length];
            var externalId = channel == IntakeChannel.Staff ? null : $"DEMO-{index + 1:D3}";
            var prescription = Prescription.Receive(
                await rxNumbers.NextAsync(db, cancellationToken), written[index] = WrittenPatient(faker, demo, index, written, context.Now), prescriber,
                authorities.GetValueOrDefault(prescriber.ProviderId, PrescribingAuthority.None), prescriber.Npi, demo.FormulaCode,
                formulas.GetValueOrDefault(demo.FormulaCode), demo.Quantity,
                demo.Directions, demo.DaysSupply, demo.Refills, writtenOn, channel, externalId, receivedAt, limits);
            Advance(prescription, demo, receivedAt, faker);
            var (record, registered) = PatientIntake.Match(records, prescription.Patient, receivedAt);
            if (registered)
            {
                DemoPatientRecords.Complete(record, records.Count, recordFaker, demo.Patient == DemoPatient.Pet);
                records.Add(record);
                db.Patients.Add(record);
            }

            prescription.BelongsTo(record.Id);
            db.Prescriptions.Add(prescription);
        }
    }

    /// <summary>
    /// Prescriptions received before patients were kept as records get theirs, as intake would have matched them then:
    /// the same name and date of birth is one record unless sex or state differ.
    /// </summary>
    private async Task LinkPrescriptionsToPatientRecordsAsync(CancellationToken cancellationToken)
    {
        var unlinked = await db.Prescriptions.Where(p => p.PatientId == null).OrderBy(p => p.RxNumber).Take(LinkedPerStart).ToListAsync(cancellationToken);
        if (unlinked.Count == 0)
        {
            return;
        }

        var records = await db.Patients.ToListAsync(cancellationToken);
        foreach (var prescription in unlinked)
        {
            var (record, registered) = PatientIntake.Match(records, prescription.Patient, prescription.ReceivedAt);
            if (registered)
            {
                records.Add(record);
                db.Patients.Add(record);
            }

            prescription.BelongsTo(record.Id);
        }
    }

    private static void Advance(Prescription prescription, DemoPrescription demo, DateTimeOffset receivedAt, Faker faker)
    {
        if (demo.Question is { } question)
        {
            var askedAt = receivedAt.AddMinutes(faker.Random.Int(20, 90));
            prescription.RequestClarification(question, faker.PickRandom(Technician, Pharmacist), askedAt);
            if (demo.Answer is { } answer)
            {
                prescription.AnswerClarification(answer, Technician, askedAt.AddMinutes(faker.Random.Int(30, 60)));
            }
        }

        if (demo.HoldReason is { } reason)
        {
            prescription.PutOnHold(reason, Pharmacist, receivedAt.AddMinutes(faker.Random.Int(30, 90)));
        }
    }

    private static PatientDetails WrittenPatient(Faker faker, DemoPrescription demo, int index, Dictionary<int, PatientDetails> written, DateTimeOffset now)
    {
        var partner = demo.SamePersonAs
            ?? DemoPrescriptions.All.Select((other, i) => (Other: other, Index: (int?)i)).FirstOrDefault(o => o.Other.SamePersonAs == index).Index;
        if (partner is { } other && written.TryGetValue(other, out var first))
        {
            return first with { State = States.First(state => state != first.State) };
        }

        return Patient(faker, demo.Patient, now);
    }

    private static PatientDetails Patient(Faker faker, DemoPatient kind, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var (minYears, maxYears) = kind switch
        {
            DemoPatient.Child => (2, 12),
            DemoPatient.Pet => (2, 12),
            DemoPatient.Senior => (66, 88),
            _ => (25, 64),
        };
        var dateOfBirth = today.AddYears(-faker.Random.Int(minYears, maxYears)).AddDays(-faker.Random.Int(0, 364));
        var sex = kind switch
        {
            DemoPatient.Woman => Sex.Female,
            DemoPatient.Man => Sex.Male,
            _ => faker.PickRandom(Sex.Female, Sex.Male),
        };
        var lastName = faker.Name.LastName();
        // A veterinary patient is the animal, filed under its owner's family name.
        var firstName = kind == DemoPatient.Pet
            ? faker.PickRandom(PetNames)
            : faker.Name.FirstName(sex == Sex.Female ? Gender.Female : Gender.Male);
        return new PatientDetails(firstName, lastName, dateOfBirth, sex, faker.PickRandom(States));
    }
}
