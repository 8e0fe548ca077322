using Bogus;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Tests;

/// <summary>Realistic items, lots and people for the tests, on a fixed "today".</summary>
internal sealed class StockRoom
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Capsules and other non-aqueous preparations: 180 days beyond-use date (USP 795).</summary>
    public const int CapsuleBudDays = 180;

    private const int DaysSinceReceipt = 60;

    private readonly Faker _faker = new("en_US") { Random = new Randomizer(795) };

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static DateOnly CapsuleUseBy => Today.AddDays(CapsuleBudDays);

    public StockActor Technician() => new(_faker.Random.Guid().ToString(), _faker.Name.FullName());

    public StockActor Pharmacist() => new(_faker.Random.Guid().ToString(), $"{_faker.Name.FullName()}, PharmD");

    public BatchReference Batch() => new(_faker.Random.Guid(), _faker.Random.Replace("B-2026-####"));

    public static Item Naltrexone(decimal reorderPoint = 20m) => Item.Create(new ItemDefinition(
        "ING-001", "Naltrexone hydrochloride USP", ItemKind.Api, "38779100001", UnitOfMeasure.Gram, false, null, StorageCondition.Room,
        reorderPoint, 50m, 38.0m));

    public static Item Capsules() => Item.Create(new ItemDefinition(
        "ING-042", "Hard gelatin capsule size 1", ItemKind.Container, null, UnitOfMeasure.Each, false, null, StorageCondition.Room,
        4000m, 10000m, 0.02m));

    public static Item SterileWater() => Item.Create(new ItemDefinition(
        "ING-033", "Sterile water for injection USP", ItemKind.Base, "63323220101", UnitOfMeasure.Milliliter, false, null, StorageCondition.Room,
        2000m, 5000m, 0.03m));

    public static Quantity Grams(decimal amount) => new(amount, UnitOfMeasure.Gram);

    /// <summary>A lot received two months ago whose certificate of analysis was accepted the day after.</summary>
    public Lot ReleasedLot(Item item, decimal quantity, int expiresInDays)
    {
        var lot = QuarantinedLot(item, quantity, expiresInDays);
        lot.Release(Now.AddDays(1 - DaysSinceReceipt));
        return lot;
    }

    public Lot QuarantinedLot(Item item, decimal quantity, int expiresInDays, string? certificate = "auto") =>
        Lot.Receive(
            item,
            new LotReceipt(
                _faker.Random.Replace("######/A"), "Medisca", "Medisca", Today.AddDays(expiresInDays), new Quantity(quantity, item.Unit),
                certificate == "auto" ? _faker.Random.Replace("COA-2026-####") : certificate),
            Technician(),
            Now.AddDays(-DaysSinceReceipt));
}
