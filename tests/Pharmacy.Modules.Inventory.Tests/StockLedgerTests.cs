using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Inventory.Contracts;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Features.AdjustStock;
using Pharmacy.Modules.Inventory.Features.ConsumeLotsForBatch;
using Pharmacy.Modules.Inventory.Features.ReserveLotsForBatch;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Inventory.Tests;

/// <summary>The stock ledger on the module's real SQLite database: allocation, consumption, corrections, concurrency.</summary>
public sealed class StockLedgerTests : IAsyncLifetime
{
    private const decimal NaltrexoneForBatch = 1.35m;
    private const decimal CapsulesForBatch = 300m;
    private const decimal SoonerLotGrams = 1m;
    private const decimal LaterLotGrams = 25m;
    private const decimal CapsulesOnHand = 5000m;

    private readonly StockRoom _room = new();
    private InventoryDatabase _database = null!;
    private Guid _soonerLot;
    private Guid _laterLot;
    private Guid _capsuleLot;

    public async Task InitializeAsync()
    {
        _database = await InventoryDatabase.CreateAsync();
        var naltrexone = StockRoom.Naltrexone();
        var capsules = StockRoom.Capsules();
        var sooner = _room.ReleasedLot(naltrexone, SoonerLotGrams, expiresInDays: 300);
        var later = _room.ReleasedLot(naltrexone, LaterLotGrams, expiresInDays: 600);
        var capsuleLot = _room.ReleasedLot(capsules, CapsulesOnHand, expiresInDays: 900);
        await _database.ActAsync("ReceiveLots", async db =>
        {
            db.Items.AddRange(naltrexone, capsules);
            db.Lots.AddRange(sooner, later, capsuleLot);
            await Task.CompletedTask;
        });
        (_soonerLot, _laterLot, _capsuleLot) = (sooner.Id.Value, later.Id.Value, capsuleLot.Id.Value);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_batch_gets_the_soonest_expiring_lots_and_asking_again_returns_the_same_reservation()
    {
        var batch = _room.Batch();

        var first = await ReserveAsync(batch);
        var again = await ReserveAsync(batch);

        Assert.True(first.Succeeded);
        Assert.Equal(
            [(_soonerLot, SoonerLotGrams), (_laterLot, NaltrexoneForBatch - SoonerLotGrams), (_capsuleLot, CapsulesForBatch)],
            first.Lots.Select(lot => (lot.LotId, lot.Quantity)));
        Assert.Equal(first.Lots, again.Lots);
        Assert.Equal(first.Lots.Count, await _database.QueryAsync(db => db.StockMovements.CountAsync(m => m.BatchId == batch.Id)));
    }

    [Fact]
    public async Task A_batch_that_cannot_have_everything_reserves_nothing_and_is_told_what_is_missing()
    {
        var batch = _room.Batch();
        var needs = new[] { new IngredientNeed("ING-001", LaterLotGrams * 2, "g"), new IngredientNeed("ING-042", CapsulesForBatch, "each") };

        var result = await ReserveAsync(batch, needs);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Lots);
        Assert.Equal(
            new StockShortfall("ING-001", "Naltrexone hydrochloride USP", LaterLotGrams * 2, SoonerLotGrams + LaterLotGrams, "g"),
            Assert.Single(result.Shortfalls));
        Assert.Equal(0, await _database.QueryAsync(db => db.StockMovements.CountAsync(m => m.BatchId == batch.Id)));
    }

    [Fact]
    public async Task Two_batches_reserving_the_same_lot_at_the_same_moment_cannot_both_have_it()
    {
        var needs = new[] { new IngredientNeed("ING-042", CapsulesOnHand, "each") };
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var firstResult = await new ReserveLotsForBatchHandler(first, SystemUser.Instance, _database.Clock)
            .Handle(new ReserveLotsForBatch(Guid.NewGuid(), "B-2026-0101", needs, StockRoom.CapsuleUseBy), CancellationToken.None);
        var secondResult = await new ReserveLotsForBatchHandler(second, SystemUser.Instance, _database.Clock)
            .Handle(new ReserveLotsForBatch(Guid.NewGuid(), "B-2026-0102", needs, StockRoom.CapsuleUseBy), CancellationToken.None);

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        Assert.True(firstResult.Succeeded && secondResult.Succeeded);
        var capsules = await _database.QueryAsync(db => db.FindLotAsync(LotId.From(_capsuleLot), CancellationToken.None));
        Assert.Equal((CapsulesOnHand, 0m), (capsules.OnHand.Amount, capsules.Available.Amount));
    }

    [Fact]
    public async Task A_compounded_batch_takes_off_what_was_weighed_and_gives_back_the_rest_once_only()
    {
        var batch = _room.Batch();
        await ReserveAsync(batch);
        const decimal weighed = 1.32m;
        var consume = new ConsumeLotsForBatch(
            batch.Id, batch.Number,
            [new LotConsumption(_laterLot, "", weighed, "g"), new LotConsumption(_capsuleLot, "", CapsulesForBatch, "each")],
            "Dana Whitfield, CPhT", StockRoom.Now.AddHours(2));

        await ConsumeAsync(consume);
        await ConsumeAsync(consume);

        var lots = await _database.QueryAsync(db => db.Lots.ToDictionaryAsync(lot => lot.Id.Value));
        Assert.Equal((SoonerLotGrams, 0m), (lots[_soonerLot].OnHand.Amount, lots[_soonerLot].Reserved.Amount));
        Assert.Equal((LaterLotGrams - weighed, 0m), (lots[_laterLot].OnHand.Amount, lots[_laterLot].Reserved.Amount));
        Assert.Equal((CapsulesOnHand - CapsulesForBatch, 0m), (lots[_capsuleLot].OnHand.Amount, lots[_capsuleLot].Reserved.Amount));
        var consumption = Assert.Single(lots[_laterLot].Movements, m => m.Type == MovementType.Consumption);
        Assert.Equal((-weighed, batch.Number, "Dana Whitfield, CPhT"), (consumption.Quantity, consumption.BatchNumber, consumption.RecordedBy));
    }

    [Fact]
    public async Task A_lot_used_to_the_last_gram_is_depleted()
    {
        var batch = _room.Batch();
        await ReserveAsync(batch);

        await ConsumeAsync(new ConsumeLotsForBatch(
            batch.Id, batch.Number, [new LotConsumption(_soonerLot, "", SoonerLotGrams, "g")], "Dana Whitfield, CPhT", StockRoom.Now));

        var sooner = await _database.QueryAsync(db => db.FindLotAsync(LotId.From(_soonerLot), CancellationToken.None));
        Assert.Equal(LotStatus.Depleted, sooner.Status);
    }

    [Fact]
    public async Task A_correction_that_would_make_stock_negative_is_refused_and_a_valid_one_is_kept_with_who_and_why()
    {
        var pharmacist = new Person("pharmacist-7", "Priya Raman, PharmD", Roles.Pharmacist);

        var refused = await Assert.ThrowsAsync<BusinessRuleValidationException>(() => AdjustAsync(pharmacist, -(SoonerLotGrams + 0.5m)));
        var adjusted = await AdjustAsync(pharmacist, -0.25m);

        Assert.IsType<StockMustNotGoNegativeRule>(refused.BrokenRule);
        Assert.Equal(SoonerLotGrams - 0.25m, adjusted.OnHand);
        var line = await _database.QueryAsync(db => db.StockMovements.SingleAsync(m => m.Type == MovementType.Adjustment));
        Assert.Equal(("Priya Raman, PharmD", "Cycle count"), (line.RecordedBy, line.Reason));
        var audit = await _database.QueryAsync(db => db.AuditEntries.Where(e => e.RecordType == nameof(Lot) && e.Action == nameof(AdjustStock)).ToListAsync());
        Assert.Equal("Priya Raman, PharmD", Assert.Single(audit).UserName);
    }

    [Fact]
    public async Task The_database_itself_refuses_to_change_or_delete_a_ledger_line()
    {
        const decimal forged = 999m;

        var update = await Assert.ThrowsAsync<SqliteException>(() =>
            _database.QueryAsync(db => db.StockMovements.ExecuteUpdateAsync(set => set.SetProperty(m => m.Quantity, forged))));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => _database.QueryAsync(db => db.StockMovements.ExecuteDeleteAsync()));

        Assert.Contains("Stock ledger lines cannot be changed or deleted", update.Message);
        Assert.Contains("Stock ledger lines cannot be changed or deleted", delete.Message);
        Assert.Equal(3, await _database.QueryAsync(db => db.StockMovements.CountAsync(m => m.Type == MovementType.Receipt && m.Quantity != forged)));
    }

    private Task<LotAllocationResult> ReserveAsync(BatchReference batch, IReadOnlyList<IngredientNeed>? needs = null) =>
        _database.ActAsync(nameof(ReserveLotsForBatch), SystemUser.Instance, async db =>
            await new ReserveLotsForBatchHandler(db, SystemUser.Instance, _database.Clock).Handle(
                new ReserveLotsForBatch(
                    batch.Id, batch.Number,
                    needs ?? [new IngredientNeed("ING-001", NaltrexoneForBatch, "g"), new IngredientNeed("ING-042", CapsulesForBatch, "each")],
                    StockRoom.CapsuleUseBy),
                CancellationToken.None));

    private Task ConsumeAsync(ConsumeLotsForBatch command) =>
        _database.ActAsync(nameof(ConsumeLotsForBatch), async db => await new ConsumeLotsForBatchHandler(db, SystemUser.Instance).Handle(command, CancellationToken.None));

    private Task<StockAdjusted> AdjustAsync(Person person, decimal quantity) =>
        _database.ActAsync(nameof(AdjustStock), person, async db => await new AdjustStockHandler(db, person, _database.Clock)
            .Handle(new AdjustStock("ING-001", _soonerLot, StockChange.Adjustment, quantity, "Cycle count"), CancellationToken.None));
}
