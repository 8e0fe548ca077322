using System.Globalization;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.DemoData;

/// <summary>
/// The demo stock room: every catalog ingredient with two or three lots from its supplier. Most lots expire in one to
/// two years; a few expire within 30, 60 and 90 days so the expiry alerts show something; lots of one item differ in
/// expiry so first-expiry-first-out is visible; one fresh lot of naltrexone waits in quarantine; a few items run low.
/// </summary>
internal sealed class InventoryDemoData(InventoryDbContext db) : IDemoDataSeeder
{
    private const decimal ReorderPointShareOfLot = 0.4m;
    private const int ItemsPerExpiryCycle = 9;
    private static readonly StockActor Receiving = new(SystemUser.Instance.Id, "Receiving (demo data)");

    public int Order => 20;

    public bool IsCatalog => true;

    public async Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken)
    {
        if (await db.Items.AnyAsync(cancellationToken))
        {
            return;
        }

        var faker = new Faker("en_US") { Random = new Randomizer(context.RandomSeed) };
        var certificates = 0;
        for (var index = 0; index < DemoCatalog.Items.Count; index++)
        {
            var demo = DemoCatalog.Items[index];
            var item = Item.Create(Definition(demo, index));
            db.Items.Add(item);
            foreach (var plan in LotPlans(demo, index, faker, context.Now))
            {
                var lotNumbers = db.Lots.Local.Where(lot => lot.ItemId == item.Id).Select(lot => lot.LotNumber).ToHashSet();
                var lotNumber = UniqueLotNumber(faker, demo.Supplier, lotNumbers);
                var receivedAt = context.Now.AddDays(-plan.ReceivedDaysAgo);
                var certificate = $"COA-{receivedAt.Year}-{++certificates:0000}";
                var lot = Lot.Receive(
                    item, new LotReceipt(lotNumber, demo.Supplier.Name, demo.Supplier.Name, plan.ExpiresOn, plan.Quantity, certificate), Receiving,
                    receivedAt);
                if (!plan.Quarantined)
                {
                    lot.Release(receivedAt.AddDays(1));
                }

                db.Lots.Add(lot);
            }
        }

        db.AuditContext = AuditContext.System("SeedDemoData");
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ItemDefinition Definition(DemoItem demo, int index) =>
        new(
            demo.Code, demo.Name, demo.Kind, Ndc(demo, index), demo.Unit, demo.HazardousNiosh, demo.Schedule, demo.Storage,
            decimal.Round(demo.LotSize * ReorderPointShareOfLot, 6), demo.LotSize, demo.CostPerUnit);

    /// <summary>Labeler (5) + product (4) + package (2) digits; containers carry no NDC.</summary>
    private static string? Ndc(DemoItem demo, int index) =>
        demo.Kind is ItemKind.Container || demo.Supplier.NdcLabeler is not { } labeler
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{labeler}{(1000 + (index * 37)) % 10000:0000}{(index % 3) + 1:00}");

    private sealed record LotPlan(DateOnly ExpiresOn, int ReceivedDaysAgo, Quantity Quantity, bool Quarantined);

    private static IEnumerable<LotPlan> LotPlans(DemoItem demo, int index, Faker faker, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var quarantined = demo.Code == DemoCatalog.QuarantinedItemCode;
        var count = quarantined ? 3 : faker.Random.Int(2, 3);
        // Every ninth item, in turn, has its oldest lot expiring within 30, 60 or 90 days.
        var firstExpiry = (index % ItemsPerExpiryCycle) switch
        {
            0 => today.AddDays(faker.Random.Int(8, 27)),
            3 => today.AddDays(faker.Random.Int(35, 57)),
            6 => today.AddDays(faker.Random.Int(65, 88)),
            _ => today.AddMonths(faker.Random.Int(12, 15)).AddDays(faker.Random.Int(0, 27)),
        };
        var shortDated = firstExpiry < today.AddMonths(12);
        var share = demo.RunningLow ? 0.12m : 1m;
        yield return new LotPlan(
            firstExpiry, faker.Random.Int(200, 300), Quantity(demo, faker, share * (shortDated ? 0.3m : 0.8m)), Quarantined: false);
        yield return new LotPlan(
            today.AddMonths(faker.Random.Int(16, 19)).AddDays(faker.Random.Int(0, 27)), faker.Random.Int(60, 150), Quantity(demo, faker, share),
            Quarantined: false);
        if (count == 3)
        {
            yield return new LotPlan(
                today.AddMonths(faker.Random.Int(20, 23)).AddDays(faker.Random.Int(0, 27)), quarantined ? 2 : faker.Random.Int(5, 40),
                Quantity(demo, faker, share), quarantined);
        }
    }

    /// <summary>A share of the usual lot, varied a little and rounded to what a label would say.</summary>
    private static Quantity Quantity(DemoItem demo, Faker faker, decimal share)
    {
        var quantity = demo.LotSize * share * faker.Random.Decimal(0.85m, 1m);
        var counted = demo.Unit.Dimension == Dimension.Count;
        var decimals = counted || quantity >= 100 ? 0 : quantity >= 1 ? 1 : 3;
        return new Quantity(Math.Max(decimal.Round(quantity, decimals), counted ? 1 : 0.001m), demo.Unit);
    }

    private static string UniqueLotNumber(Faker faker, DemoSupplier supplier, IReadOnlySet<string> taken)
    {
        string lotNumber;
        do
        {
            lotNumber = faker.Random.Replace(supplier.LotPattern).ToUpperInvariant();
        }
        while (taken.Contains(lotNumber));

        return lotNumber;
    }
}
