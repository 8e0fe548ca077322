using Bogus;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Tests;

/// <summary>Compounded batches as Compounding announces them: a formula, its lots, its QC checks, the fills it serves.</summary>
internal sealed class BatchFaker
{
    public const string Appearance = "Appearance";
    public const string Ph = "pH";
    public const string Potency = "Potency";
    public const string CapsuleUnit = "capsule";
    public const decimal LowestMgPerCapsule = 4.28m;
    public const decimal HighestMgPerCapsule = 4.73m;
    public const string WeightFlag = "Naltrexone HCl: 0.290 g weighed against 0.270 g theoretical (+7.4%), outside ±5%";

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

    /// <summary>The checks as a formula now sends them: each measured check with its measure and limits.</summary>
    public static IReadOnlyList<QcCheckSpec> MeasuredSuspensionChecks =>
    [
        new(Appearance, "Uniform white suspension, no caking"),
        new(Ph, "pH 9.0-10.0", QcMeasure.Ph, 9.0m, 10.0m),
        new(Potency, "90-110% of label", QcMeasure.PercentOfLabel, 90m, 110m),
    ];

    /// <summary>Naltrexone 4.5 mg capsules: potency in mg per capsule, 95-105% of 4.5 mg.</summary>
    public static IReadOnlyList<QcCheckSpec> CapsuleChecks =>
    [
        new(Appearance, "Uniform opaque capsules, no leaks"),
        new(Potency, "4.28-4.73 mg per capsule (95-105% of 4.5 mg)", QcMeasure.MgPerUnit, LowestMgPerCapsule, HighestMgPerCapsule),
    ];

    /// <summary>A capsule batch as Compounding now announces it, with its weights, yield, flags, deviations and the checker's assessment.</summary>
    public CompoundedBatch CapsuleBatch() => Batch(CapsuleChecks) with
    {
        FormulaCode = "LDN-4.5-CAP",
        FormulaName = "Naltrexone 4.5 mg capsule",
        Quantity = 60,
        Unit = CapsuleUnit,
        Weights =
        [
            new("API-NALTREX", "Naltrexone HCl", "Active", 0.270m, 0.290m, "g", true),
            new("EXC-MCC", "Microcrystalline cellulose", "Filler", 18.000m, 17.950m, "g", false),
        ],
        YieldPercent = 96.7m,
        Flags = [WeightFlag],
        Deviations = "Active weighed over target; the excess was blended in and the fill weight adjusted.",
        CheckAssessment = "Excess active accepted pending the potency result.",
    };

    /// <summary>The batch as the BatchCompounded message carries it; without measures as batches announced before they were sent.</summary>
    public static BatchCompounded Announced(CompoundedBatch batch, bool withMeasures = true) => new(
        batch.BatchId, batch.BatchNumber, batch.FormulaCode, batch.FormulaName, batch.FormulaVersion, batch.Quantity, batch.Unit,
        batch.BeyondUseDate, batch.BudLimitedBy.ToString(), batch.Storage.ToString(),
        [.. batch.Lots.Select(lot => new IngredientLotUsed(lot.ItemCode, lot.LotId, lot.LotNumber, lot.Quantity, lot.Unit))],
        [
            .. batch.Checks.Select(check => withMeasures
                ? new QualityCheckSpec(check.Name, check.Specification, check.Measure.ToString(), check.Lowest, check.Highest)
                : new QualityCheckSpec(check.Name, check.Specification)),
        ],
        batch.FillIds, batch.PreparedBy, batch.CheckedBy, batch.CompoundedAt,
        batch.Weights?.Select(line => new Compounding.Contracts.WeighedLine(
            line.ItemCode, line.Name, line.Role, line.Theoretical, line.Actual, line.Unit, line.OutsideTolerance)).ToList(),
        batch.YieldPercent, batch.Flags, batch.Deviations, batch.CheckAssessment);

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

    public DecisionSignature PharmacistSignature(string meaning = "Investigated: the cause of the failed result is found and documented") =>
        new($"{_faker.Name.FullName()}, PharmD", meaning, Now);
}
