using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Compounding.DemoData;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Features.GetBatch;
using Pharmacy.Modules.Compounding.Features.GetBatches;
using Pharmacy.Modules.Compounding.Features.GetFormula;
using Pharmacy.Modules.Compounding.Features.GetFormulas;
using Pharmacy.Modules.Compounding.Features.PlanBatch;
using Pharmacy.Modules.Compounding.Features.PlanStockBatch;
using Pharmacy.Modules.Compounding.IntegrationEvents;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.DomainEvents;

namespace Pharmacy.Modules.Compounding.Tests;

/// <summary>The module on a real SQLite file: the demo formulas, planning from fills, and a batch's record saved and read back.</summary>
public sealed class CompoundingPersistenceTests : IAsyncLifetime
{
    private const int CatalogFormulaCount = 20;
    private const int DemoSeed = 20261129;
    private readonly CompoundingDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(TestFormulas.Now);
    private readonly Faker _faker = new("en_US") { Random = new Randomizer(DemoSeed) };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_demo_data_approves_the_twenty_catalog_formulas_and_leaves_one_draft_for_a_pharmacist()
    {
        await using var db = await _database.OpenAsync();
        var seeder = DemoData(db);

        await seeder.SeedAsync(new DemoDataContext(DemoSeed, TestFormulas.Now), CancellationToken.None);
        await seeder.SeedAsync(new DemoDataContext(DemoSeed, TestFormulas.Now), CancellationToken.None);

        var formulas = await db.Formulas.AsNoTracking().ToListAsync();
        var announced = await db.OutboxMessages.AsNoTracking().CountAsync(message => message.Type.Contains(nameof(FormulaApproved)));
        Assert.Equal(CatalogFormulaCount, formulas.Count(f => f.Status == FormulaStatus.Approved && f.VersionNumber == 1));
        Assert.Equal(CatalogFormulaCount, announced);
        var draft = Assert.Single(formulas, f => f.Status == FormulaStatus.Draft);
        Assert.Equal(("PROG-100-SR-CAP", 2), (draft.Code, draft.VersionNumber));
        Assert.All(formulas, f =>
        {
            Assert.True(f.UspLimit.IsAllowed, $"{f.Code} has no USP limit");
            Assert.InRange(f.Instructions.Count, 3, 6);
            Assert.All(f.Ingredients.Where(i => i.Role == IngredientRole.Active), active =>
                Assert.Contains(f.QualityChecks, check => check.Name.StartsWith("Potency", StringComparison.Ordinal)));
        });
        Assert.Contains(formulas.Single(f => f.Code == "MECOB-1MGML-INJ-C3").QualityChecks, c => c.Name.StartsWith("Bacterial endotoxins", StringComparison.Ordinal));
        Assert.Equal(CatalogFormulaCount + 1, await db.AuditEntries.CountAsync(e => e.RecordType == nameof(Formula) && e.Action == "SeedDemoData"));
    }

    [Fact]
    public async Task The_draft_version_shows_its_stability_reference_and_the_versions_of_its_code()
    {
        await using var db = await _database.OpenAsync();
        await DemoData(db).SeedAsync(new DemoDataContext(DemoSeed, TestFormulas.Now), CancellationToken.None);

        var current = await new GetFormulaHandler(db, PharmacyTimeZone.Default).Handle(new GetFormula("prog-100-sr-cap"), CancellationToken.None);
        var draft = await new GetFormulaHandler(db, PharmacyTimeZone.Default).Handle(new GetFormula("PROG-100-SR-CAP", 2), CancellationToken.None);

        Assert.Equal(1, current.Version);
        Assert.True(draft.CanApprove);
        Assert.Equal(120, draft.StabilityDays);
        Assert.Equal([2, 1], draft.Versions.Select(v => v.Version));
        Assert.Equal("180 days (USP <795>: other non-aqueous dosage form)", draft.UspLimit);
    }

    [Fact]
    public async Task Fills_of_one_formula_share_a_planned_batch_and_an_unknown_formula_is_planned_flagged()
    {
        await using var db = await _database.OpenAsync();
        await DemoData(db).SeedAsync(new DemoDataContext(DemoSeed, TestFormulas.Now), CancellationToken.None);
        var first = Fill("LDN-4.5-CAP");
        var second = Fill("LDN-4.5-CAP");
        var unknown = Fill("NOT-IN-CATALOG");

        foreach (var fill in new[] { first, second, first, unknown })
        {
            await PlanAsync(db, fill);
        }

        var batches = await db.Batches.AsNoTracking().OrderBy(b => b.BatchNumber).ToListAsync();
        Assert.Equal(["B261129-001", "B261129-002"], batches.Select(b => b.BatchNumber));
        var capsules = batches[0];
        Assert.Equal(first.Quantity + second.Quantity, capsules.Quantity);
        Assert.Equal(0.0045m * capsules.Quantity, capsules.Ingredients.Single(i => i.ItemCode == "ING-001").Theoretical.Amount);
        Assert.True(batches[1].NoApprovedFormula);
        var planned = db.OutboxMessages.AsNoTracking().AsEnumerable().Where(m => m.Type.Contains(nameof(BatchPlanned), StringComparison.Ordinal)).ToList();
        Assert.Equal(3, planned.Count);
    }

    [Fact]
    public async Task Fills_draw_on_a_stock_batch_of_their_formula_until_it_has_too_little_left_and_then_get_a_batch_of_their_own()
    {
        await using (var db = await _database.OpenAsync())
        {
            await DemoData(db).SeedAsync(new DemoDataContext(DemoSeed, TestFormulas.Now), CancellationToken.None);
            await new PlanStockBatchHandler(db, _clock).Handle(new PlanStockBatch("ldn-4.5-cap", 100m), CancellationToken.None);
            await CompoundingDatabase.DispatchDomainEventsAsync(db);
            await db.SaveChangesAsync();
        }

        var fromStock = new[] { Fill("LDN-4.5-CAP", 60m), Fill("LDN-4.5-CAP", 30m) };
        var ownBatch = Fill("LDN-4.5-CAP", 30m);
        foreach (var fill in fromStock.Append(ownBatch))
        {
            await using var db = await _database.OpenAsync();
            await PlanAsync(db, fill);
        }

        await using var reader = await _database.OpenAsync();
        var batches = await reader.Batches.AsNoTracking().OrderBy(b => b.BatchNumber).ToListAsync();
        Assert.Equal(2, batches.Count);
        var stock = batches[0];
        Assert.Equal((true, 100m, 10m), (stock.ForStock, stock.Quantity, stock.StockLeft));
        Assert.Equal(fromStock.Select(f => f.FillId).Order(), stock.Fills.Select(f => f.FillId).Order());
        Assert.Equal((false, 30m, ownBatch.FillId), (batches[1].ForStock, batches[1].Quantity, Assert.Single(batches[1].Fills).FillId));
    }

    [Fact]
    public async Task A_batch_record_is_saved_at_every_step_and_starting_and_checking_it_announce_it_through_the_outbox()
    {
        var scenario = new BatchScenario();
        var batchId = await InNewContextAsync(nameof(PlanBatch), db =>
        {
            db.Formulas.Add(scenario.Formula);
            var batch = scenario.Planned();
            db.Batches.Add(batch);
            return Task.FromResult(batch.Id);
        });
        await InNewContextAsync("StartBatch", async db =>
        {
            var batch = await db.Batches.SingleAsync(b => b.Id == batchId);
            batch.Start(await db.Formulas.SingleAsync(), scenario.Allocation(batch), BatchScenario.Now);
            return batchId;
        });
        await InNewContextAsync("RecordCompounding", async db =>
        {
            var batch = await db.Batches.SingleAsync(b => b.Id == batchId);
            batch.RecordCompounding(BatchScenario.Weighed(batch), batch.Quantity, null, scenario.TechnicianId, scenario.TechnicianName, BatchScenario.Now);
            return batchId;
        });
        await InNewContextAsync("CheckBatch", async db =>
        {
            var batch = await db.Batches.SingleAsync(b => b.Id == batchId);
            batch.Check(scenario.PharmacistId, scenario.PharmacistName, await db.Formulas.SingleAsync(), [], null, BatchScenario.Now);
            return batchId;
        });

        await using var reader = await _database.OpenAsync();
        var details = await new GetBatchHandler(reader, PharmacyTimeZone.Default).Handle(new GetBatch(batchId.Value), CancellationToken.None);
        Assert.Equal("Checked", details.Status);
        Assert.Equal(scenario.TechnicianName, details.PreparedBy);
        Assert.Equal(scenario.PharmacistName, details.CheckedBy);
        Assert.All(details.Ingredients, i => Assert.Equal(i.TheoreticalQuantity, i.ActualQuantity));
        Assert.All(details.Lots, lot => Assert.NotNull(lot.UsedQuantity));
        Assert.Equal("UspLimit", details.BudLimitedBy);
        Assert.StartsWith("USP limit: 180 days", details.BudReason);
        Assert.Equal([nameof(PlanBatch), "StartBatch", "RecordCompounding", "CheckBatch"], details.History.Where(h => h.Record == "Batch").Select(h => h.Action));
        var outbox = reader.OutboxMessages.AsNoTracking().AsEnumerable().Select(m => m.Type).ToList();
        Assert.All(
            [nameof(BatchStarted), nameof(BatchChecked), nameof(BatchCompounded)],
            name => Assert.Contains(outbox, type => type.Contains($".{name}, ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_formula_list_and_the_batch_queue_search_filter_and_page()
    {
        const int pageSize = 5;
        await using var db = await _database.OpenAsync();
        await DemoData(db).SeedAsync(new DemoDataContext(DemoSeed, TestFormulas.Now), CancellationToken.None);
        await PlanAsync(db, Fill("LDN-4.5-CAP"));
        await PlanAsync(db, Fill("OMEP-2MGML-SUSP"));

        var sterile = await new GetFormulasHandler(db).Handle(new GetFormulas(null, PreparationType.SterileCategory3), CancellationToken.None);
        var byName = await new GetFormulasHandler(db).Handle(new GetFormulas("progesterone", null), CancellationToken.None);
        var firstPage = await new GetFormulasHandler(db).Handle(new GetFormulas(null, null, PageSize: pageSize), CancellationToken.None);
        var omeprazole = await new GetBatchesHandler(db).Handle(new GetBatches("omep", BatchStatus.Planned), CancellationToken.None);
        var checkedBatches = await new GetBatchesHandler(db).Handle(new GetBatches(null, BatchStatus.Checked), CancellationToken.None);

        Assert.Equal("MECOB-1MGML-INJ-C3", Assert.Single(sterile.Items).Code);
        Assert.Equal([2, 1], byName.Items.Select(f => f.Version));
        Assert.Equal((pageSize, CatalogFormulaCount + 1), (firstPage.Items.Count, firstPage.TotalCount));
        var batch = Assert.Single(omeprazole.Items);
        Assert.Equal((1, "Planned", "mL"), (batch.FillCount, batch.Status, batch.Unit));
        Assert.Empty(checkedBatches.Items);
    }

    [Fact]
    public async Task A_planned_batch_is_made_from_the_version_approved_after_it_was_planned()
    {
        const decimal moreHypromellose = 0.07m;
        await using (var db = await _database.OpenAsync())
        {
            await DemoData(db).SeedAsync(new DemoDataContext(DemoSeed, TestFormulas.Now), CancellationToken.None);
            await PlanAsync(db, Fill("PROG-100-SR-CAP"));
        }

        await using (var db = await _database.OpenAsync())
        {
            var versions = await db.Formulas.Where(f => f.Code == "PROG-100-SR-CAP").ToListAsync();
            versions.Single(f => f.VersionNumber == 2).Approve("pharmacist-1", "Approving Pharmacist", TestFormulas.Now);
            versions.Single(f => f.VersionNumber == 1).Retire(2, TestFormulas.Now);
            var batch = await db.Batches.SingleAsync();
            var version2 = versions.Single(f => f.VersionNumber == 2);
            batch.Start(version2, new BatchScenario().Allocation(version2, batch.Quantity), TestFormulas.Now);
            await db.SaveChangesAsync();
        }

        await using var reader = await _database.OpenAsync();
        var started = await reader.Batches.AsNoTracking().SingleAsync();
        Assert.Equal(2, started.FormulaVersion);
        Assert.Equal(4, started.Ingredients.Count);
        Assert.Equal(moreHypromellose * started.Quantity, started.Ingredients.Single(i => i.ItemCode == "ING-029").Theoretical.Amount);
    }

    /// <summary>One act in its own context and save, audited under the act's name as the unit of work would.</summary>
    private async Task<BatchId> InNewContextAsync(string action, Func<Persistence.CompoundingDbContext, Task<BatchId>> act)
    {
        await using var db = await _database.OpenAsync();
        db.AuditContext = AuditContext.System(action);
        var result = await act(db);
        await CompoundingDatabase.DispatchDomainEventsAsync(db);
        await db.SaveChangesAsync();
        return result;
    }

    private PlanBatch Fill(string formulaCode, decimal? quantity = null) =>
        new(Guid.NewGuid(), _faker.Random.Long(100_000, 999_999), 0, formulaCode, quantity ?? _faker.PickRandom(30m, 60m, 90m), DaysSupply: 30);

    private async Task PlanAsync(Persistence.CompoundingDbContext db, PlanBatch command)
    {
        await new PlanBatchHandler(db, _clock).Handle(command, CancellationToken.None);
        await CompoundingDatabase.DispatchDomainEventsAsync(db);
        await db.SaveChangesAsync();
    }

    /// <summary>The demo seeder with the module's own formula publisher, as the host wires it.</summary>
    private static CompoundingDemoData DemoData(CompoundingDbContext db)
    {
        var services = new ServiceCollection()
            .AddSingleton<IDomainEventHandler<FormulaApprovedDomainEvent>>(new PublishFormulaEvents(db))
            .BuildServiceProvider();
        return new CompoundingDemoData(db, new DomainEventDispatcher(services));
    }
}
