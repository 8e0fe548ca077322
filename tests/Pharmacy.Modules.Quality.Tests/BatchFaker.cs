using Bogus;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Tests;

/// <summary>Compounded batches as Compounding announces them: a formula, its lots, its QC checks, the fills it serves.</summary>
internal sealed class BatchFaker
{
    public const string Appearance = "Appearance";
    public const string Ph = "pH";
    public const string Potency = "Potency";

    public static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static readonly (string Code, string Name, string Unit)[] Formulas =
    [
        ("OMEP-2MGML-SUSP", "Omeprazole 2 mg/mL oral suspension", "mL"),
        ("SPIRO-5MGML-SUSP", "Spironolactone 5 mg/mL oral suspension", "mL"),
        ("KETO-10-PLO", "Ketoprofen 10% topical gel (PLO)", "g"),
    ];

    private readonly Faker _faker = new("en_US") { Random = new Randomizer(7301) };

    public static IReadOnlyList<QcCheckSpec> SuspensionChecks =>
    [
        new(Appearance, "Uniform white suspension, no caking"),
        new(Ph, "pH 9.0-10.0"),
        new(Potency, "90-110% of label"),
    ];

    public CompoundedBatch Batch(IReadOnlyList<QcCheckSpec>? checks = null, int fills = 2)
    {
        var formula = _faker.PickRandom(Formulas);
        return new CompoundedBatch(
            Guid.CreateVersion7(), $"B{_faker.Random.Number(100000, 999999)}", formula.Code, formula.Name, _faker.Random.Number(1, 4),
            _faker.Random.Number(50, 500), formula.Unit, Now.AddDays(14), BudLimitedBy.UspLimit, StorageCondition.Refrigerator,
            [
                new("ING-010", Guid.CreateVersion7(), $"L{_faker.Random.AlphaNumeric(6).ToUpperInvariant()}", _faker.Random.Decimal(1, 5), "g"),
                new("ING-031", Guid.CreateVersion7(), $"L{_faker.Random.AlphaNumeric(6).ToUpperInvariant()}", _faker.Random.Decimal(50, 200), "mL"),
            ],
            checks ?? SuspensionChecks,
            [.. Enumerable.Range(0, fills).Select(_ => Guid.CreateVersion7())],
            _faker.Name.FullName(), $"{_faker.Name.FullName()}, PharmD", Now.AddHours(-2));
    }

    public DecisionSignature Signature(string meaning = "Released: QC results reviewed") =>
        new($"{_faker.Name.FullName()} (QA)", meaning, Now);

    public string Reviewer() => _faker.Name.FullName();
}
