using Bogus;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

namespace Pharmacy.Modules.Prescriptions.Tests;

/// <summary>Realistic prescriptions, prescribers and patients for domain tests, the same on every run.</summary>
internal sealed class RxFaker
{
    public const string PrescriberNpi = "1234567893";
    public const decimal Capsules = 30;
    public const int DaysSupply = 30;
    public const string Pharmacist = "Alex Kim, PharmD";
    public const string Technician = "Jordan Reyes, CPhT";

    private const int Seed = 20261129;
    public const string DeaNumber = "BM3141594";

    public static readonly IReadOnlyList<string> States = ["TX", "CA", "FL", "NY", "AZ", "CO"];

    private readonly Faker _faker = new("en") { Random = new Randomizer(Seed) };
    private long _rxNumber = 7_000_001;

    public static DateTimeOffset Now { get; } = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public PatientDetails Patient() => new(
        _faker.Name.FirstName(), _faker.Name.LastName(), Today.AddYears(-_faker.Random.Int(25, 80)).AddDays(-_faker.Random.Int(0, 364)),
        _faker.PickRandom(Sex.Female, Sex.Male), _faker.PickRandom<string>(States));

    /// <summary>Naltrexone 4.5 mg capsules, as Compounding announces the approved formula: dispensed by the capsule.</summary>
    public static OrderableFormula NaltrexoneCapsules { get; } = OrderableFormula.Approved(
        "LDN-4.5-CAP", 1, "Naltrexone 4.5 mg capsule", "Capsule", "capsule", countedInWholeUnits: true, "Room", null, Now.AddDays(-100), Now.AddDays(-100));

    /// <summary>Ketoprofen 10% gel, dispensed by the gram.</summary>
    public static OrderableFormula KetoprofenGel { get; } = OrderableFormula.Approved(
        "KETO-10-PLO", 1, "Ketoprofen 10% topical gel (PLO)", "Gel", "g", countedInWholeUnits: false, "Room", null, Now.AddDays(-100), Now.AddDays(-100));

    /// <summary>Testosterone cream, a schedule III controlled substance.</summary>
    public static OrderableFormula TestosteroneCream { get; } = OrderableFormula.Approved(
        "TESTO-20-CRM", 1, "Testosterone 20 mg/g cream", "Cream", "g", countedInWholeUnits: false, "Room", "CIII", Now.AddDays(-100), Now.AddDays(-100));

    /// <summary>Licensed in every state the fake patients live in until next year, and registered with the DEA for every schedule.</summary>
    public static PrescribingAuthority Licensed { get; } = new(
        [.. States.Select(state => PrescriberLicence.Held(Guid.Empty, state, $"{state}-1001", Today.AddYears(1), Now.AddDays(-90)))],
        [PrescriberDeaRegistration.Held(Guid.Empty, DeaNumber, ["2", "2N", "3", "3N", "4", "5"], Today.AddYears(1), Now.AddDays(-90))]);

    public Prescriber ActivePrescriber() =>
        Prescriber.Activated(Guid.CreateVersion7(), PrescriberNpi, _faker.Name.FirstName(), _faker.Name.LastName(), "MD", Now.AddDays(-90), Now.AddDays(-90));

    public Prescription Received(Prescriber? prescriber = null, DateOnly? writtenOn = null, int refills = 2) =>
        Prescription.Receive(
            _rxNumber++, Patient(), prescriber ?? ActivePrescriber(), Licensed, PrescriberNpi, "LDN-4.5-CAP", NaltrexoneCapsules, Capsules,
            "Take 1 capsule by mouth at bedtime.", DaysSupply, refills, writtenOn ?? Today.AddDays(-2), IntakeChannel.Api, $"ext-{Guid.NewGuid():N}",
            Now.AddHours(-3), PrescribingLimits.Federal);

    /// <summary>Verified by a pharmacist: its original fill is requested.</summary>
    public (Prescription Prescription, Fill Fill) Verified(int refills = 2)
    {
        var prescriber = ActivePrescriber();
        var prescription = Received(prescriber, refills: refills);
        var fill = prescription.Verify(prescriber, Licensed, null, Pharmacist, Now);
        prescription.ClearDomainEvents();
        return (prescription, fill);
    }

    /// <summary>Its batch planned by Compounding and released by Quality.</summary>
    public (Prescription Prescription, Fill Fill, Batch Batch) ReadyToDispense(int refills = 2)
    {
        var (prescription, fill) = Verified(refills);
        var batch = Batch();
        prescription.RecordBatchPlanned(fill.Id, batch.Id, batch.Number);
        prescription.RecordBatchReleased(fill.Id, batch.Id, batch.Number, Now.AddDays(1));
        return (prescription, fill, batch);
    }

    public Batch Batch() => new(Guid.CreateVersion7(), $"B{Today:yyMMdd}-{_faker.Random.Int(100, 999)}");

    public string TrackingNumber() => "1Z" + _faker.Random.Replace("###??########").ToUpperInvariant();
}

internal sealed record Batch(Guid Id, string Number);
