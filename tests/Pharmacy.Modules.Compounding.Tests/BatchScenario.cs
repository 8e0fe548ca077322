using Bogus;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

/// <summary>A batch of naltrexone capsules taken step by step through the compounding room, with realistic people and lots.</summary>
internal sealed class BatchScenario
{
    public const decimal ThirtyCapsules = 30m;
    public const string Balance = "BAL-XPR205-01";
    private const int LotShelfLifeYears = 2;

    private readonly Faker _faker = new("en_US") { Random = new Randomizer(2211) };

    public BatchScenario()
    {
        Formula = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);
        TechnicianId = $"user-{_faker.Random.Number(1000, 9999)}";
        TechnicianName = _faker.Name.FullName();
        PharmacistId = $"user-{_faker.Random.Number(1000, 9999)}";
        PharmacistName = _faker.Name.FullName();
    }

    public Formula Formula { get; }

    public string TechnicianId { get; }

    public string TechnicianName { get; }

    public string PharmacistId { get; }

    public string PharmacistName { get; }

    public static DateTimeOffset Now => TestFormulas.Now;

    public DateOnly LongDated => DateOnly.FromDateTime(Now.UtcDateTime).AddYears(LotShelfLifeYears);

    public BatchFill Fill(decimal quantity = ThirtyCapsules) => new(Guid.NewGuid(), _faker.Random.Long(100_000, 999_999), 0, quantity);

    public Batch Planned(decimal quantity = ThirtyCapsules, bool withFormula = true) =>
        Batch.Plan("B261129-001", TestFormulas.NaltrexoneCode, withFormula ? Formula : null, Fill(quantity), Now);

    /// <summary>A batch of <paramref name="quantity"/> capsules planned for stock, with no fill yet.</summary>
    public Batch PlannedForStock(decimal quantity = 300m) =>
        Batch.PlanForStock("B261129-002", Formula, TestFormulas.NaltrexoneCode, quantity, Now);

    /// <summary>A stock batch made, checked and released by Quality.</summary>
    public Batch ReleasedStock(decimal quantity = 300m)
    {
        var batch = PlannedForStock(quantity);
        batch.Start(Formula, Allocation(batch), Now);
        batch.RecordCompounding(Weighed(batch), batch.Quantity, null, TechnicianId, TechnicianName, Now);
        batch.Check(PharmacistId, PharmacistName, Formula, [], null, Now);
        batch.Release("QA Reviewer", Now.AddHours(2));
        batch.ClearDomainEvents();
        return batch;
    }

    /// <summary>
    /// One lot per ingredient, what Compounding asks Inventory to reserve (the theoretical quantity and its headroom),
    /// expiring on <paramref name="expiresOn"/> (long-dated by default).
    /// </summary>
    public LotAllocation Allocation(Batch batch, DateOnly? expiresOn = null) => new(
        true,
        [.. batch.Ingredients.Select(i => Lot(i.ItemCode, CompoundingTolerances.ToReserve(i.Theoretical), expiresOn ?? LongDated))],
        []);

    /// <summary>One lot per ingredient of <paramref name="formula"/> scaled to <paramref name="quantity"/>, long-dated.</summary>
    public LotAllocation Allocation(Formula formula, decimal quantity) => new(
        true,
        [.. formula.QuantitiesFor(quantity).Select(q => Lot(q.ItemCode, CompoundingTolerances.ToReserve(q.Theoretical), LongDated))],
        []);

    public BatchLot Lot(string itemCode, Quantity quantity, DateOnly expiresOn) =>
        new(itemCode, Guid.NewGuid(), _faker.Random.AlphaNumeric(8).ToUpperInvariant(), quantity, expiresOn);

    public Batch InProgress(DateOnly? lotsExpireOn = null)
    {
        var batch = Planned();
        batch.Start(Formula, Allocation(batch, lotsExpireOn), Now);
        return batch;
    }

    /// <summary>What the technician weighed: the theoretical quantity of each ingredient, times <paramref name="factor"/> for one of them.</summary>
    public static IReadOnlyList<WeighedIngredient> Weighed(Batch batch, string? itemCode = null, decimal factor = 1m) =>
        [.. batch.Ingredients.Select(i => new WeighedIngredient(i.ItemCode, i.Theoretical.Amount * (i.ItemCode == itemCode ? factor : 1m), Balance))];

    public Batch Compounded(DateOnly? lotsExpireOn = null)
    {
        var batch = InProgress(lotsExpireOn);
        batch.RecordCompounding(Weighed(batch), batch.Quantity, null, TechnicianId, TechnicianName, Now);
        return batch;
    }

    public Batch Checked()
    {
        var batch = Compounded();
        batch.Check(PharmacistId, PharmacistName, Formula, [], null, Now);
        batch.ClearDomainEvents();
        return batch;
    }
}
