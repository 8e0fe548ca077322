using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Compounding.Contracts;
using Pharmacy.Modules.Inventory.Contracts;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Features.AdjustStock;
using Pharmacy.Modules.Inventory.Features.GetExpiringLots;
using Pharmacy.Modules.Inventory.Features.GetItem;
using Pharmacy.Modules.Inventory.Features.GetItems;
using Pharmacy.Modules.Inventory.Features.GetReorderSuggestions;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Web.Security;
using Wolverine;

namespace Pharmacy.Modules.Inventory.Tests.Web;

/// <summary>What other systems and modules see: the REST endpoints, Compounding's allocation question, BatchCompounded.</summary>
public sealed class InventoryApiAndMessagesTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    private const int CapsulesInBatch = 300;
    private const decimal NaltrexonePerCapsule = 0.0045m;
    private const decimal CellulosePerCapsule = 0.2455m;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task Another_system_with_the_inventory_read_scope_reads_items_lots_and_suggestions()
    {
        var api = host.ApiClientWith(Scopes.InventoryRead);

        var items = await api.GetFromJsonAsync<PagedResult<ItemSummary>>("/api/inventory/items?search=capsule", Json);
        var item = await api.GetFromJsonAsync<ItemDetails>("/api/inventory/items/ING-042", Json);
        var expiring = await api.GetFromJsonAsync<List<ExpiringLot>>("/api/inventory/lots/expiring?days=90", Json);
        var reorder = await api.GetFromJsonAsync<List<ReorderSuggestion>>("/api/inventory/reorder-suggestions", Json);

        Assert.Equal("ING-042", Assert.Single(items!.Items).Code);
        Assert.InRange(item!.Lots.Count, 2, 3);
        Assert.All(expiring!, lot => Assert.True(lot.DaysLeft <= 90));
        Assert.Contains(reorder!, suggestion => suggestion.Code == "ING-044");
    }

    [Fact]
    public async Task Reading_needs_the_scope_or_a_role_that_works_with_stock()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ApiClientWith(Scopes.BillingRead).GetAsync("/api/inventory/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientFor("Bea Cashdollar", Roles.Billing).GetAsync("/api/inventory/items")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.ClientFor("Quinn Auditor", Roles.QualityAssurance).GetAsync("/api/inventory/items")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.ApiClientWith(Scopes.InventoryRead).GetAsync("/api/inventory/items/ING-999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.ApiClientWith(Scopes.InventoryRead).GetAsync("/api/inventory/lots/expiring?days=45")).StatusCode);
    }

    [Fact]
    public async Task Only_a_pharmacist_records_an_adjustment_with_a_reason_and_never_below_zero()
    {
        var lot = await LotAsync("ING-007");
        var pharmacist = host.ClientFor("Priya Raman, PharmD", Roles.Pharmacist);

        var byTechnician = await host.ClientFor("Dana Whitfield, CPhT", Roles.Technician)
            .PostAsJsonAsync("/api/inventory/items/ING-007/adjustments", new AdjustStockRequest(lot.Id.Value, -1m, "Spill", StockChange.Adjustment), Json);
        var byApiKey = await host.ApiClientWith(Scopes.InventoryRead)
            .PostAsJsonAsync("/api/inventory/items/ING-007/adjustments", new AdjustStockRequest(lot.Id.Value, -1m, "Spill", StockChange.Adjustment), Json);
        var withoutReason = await pharmacist.PostAsJsonAsync("/api/inventory/items/ING-007/adjustments", new AdjustStockRequest(lot.Id.Value, -1m, "", StockChange.Adjustment), Json);
        var belowZero = await pharmacist.PostAsJsonAsync(
            "/api/inventory/items/ING-007/adjustments", new AdjustStockRequest(lot.Id.Value, lot.OnHand.Amount + 1m, "Spill", StockChange.Waste), Json);
        var wasted = await pharmacist.PostAsJsonAsync(
            "/api/inventory/items/ING-007/adjustments", new AdjustStockRequest(lot.Id.Value, 2m, "Spilled while weighing", StockChange.Waste), Json);

        Assert.Equal(HttpStatusCode.Forbidden, byTechnician.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byApiKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, belowZero.StatusCode);
        Assert.Contains(nameof(StockMustNotGoNegativeRule), await belowZero.Content.ReadAsStringAsync());
        var adjusted = await wasted.Content.ReadFromJsonAsync<StockAdjusted>(Json);
        Assert.Equal(lot.OnHand.Amount - 2m, adjusted!.OnHand);
    }

    [Fact]
    public async Task Compounding_gets_lots_first_expiry_first_for_a_batch_and_the_same_answer_when_it_asks_again()
    {
        var request = LdnBatch(useBy: StockRoom.Today.AddDays(StockRoom.CapsuleBudDays));

        var first = await AskAsync(request);
        var again = await AskAsync(request);

        Assert.True(first.Succeeded, string.Join("; ", first.Shortfalls));
        Assert.Equal(first.Lots, again.Lots);
        var naltrexone = Assert.Single(first.Lots, lot => lot.ItemCode == "ING-001");
        Assert.Equal((CapsulesInBatch * NaltrexonePerCapsule, "g"), (naltrexone.Quantity, naltrexone.Unit));
        Assert.True(naltrexone.ExpiresOn >= request.UseBy);
        var usable = await host.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().Lots.AsNoTracking()
            .Where(lot => lot.ItemCode == "ING-001" && lot.Status == LotStatus.Released && lot.ExpiresOn >= request.UseBy)
            .OrderBy(lot => lot.ExpiresOn).ToListAsync());
        Assert.Equal(usable[0].Id.Value, naltrexone.LotId);
    }

    [Fact]
    public async Task Compounding_is_told_plainly_what_is_short_and_nothing_is_held()
    {
        const int hugeBatch = 1_000_000;
        var request = LdnBatch(StockRoom.Today.AddDays(StockRoom.CapsuleBudDays), capsules: hugeBatch);

        var answer = await AskAsync(request);

        Assert.False(answer.Succeeded);
        Assert.Empty(answer.Lots);
        Assert.Contains(answer.Shortfalls, shortfall => shortfall is { ItemCode: "ING-001", ItemName: "Naltrexone hydrochloride USP", Unit: "g" });
        Assert.Equal(0, await host.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().StockMovements.CountAsync(m => m.BatchId == request.BatchId)));
    }

    [Fact]
    public async Task A_compounded_batch_takes_what_was_weighed_off_its_lots_and_gives_back_the_rest_of_its_reservation()
    {
        var request = LdnBatch(StockRoom.Today.AddDays(StockRoom.CapsuleBudDays));
        var allocation = await AskAsync(request);
        var naltrexone = Assert.Single(allocation.Lots, lot => lot.ItemCode == "ING-001");
        const decimal weighed = 1.31m;

        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IMessageBus>().PublishAsync(new BatchCompounded(
                request.BatchId, request.BatchNumber, "LDN-4.5-CAP", "Naltrexone 4.5 mg capsule", 1, CapsulesInBatch, "capsule",
                StockRoom.Now.AddDays(StockRoom.CapsuleBudDays), "USP <795> table", "Room",
                [new IngredientLotUsed("ING-001", naltrexone.LotId, naltrexone.LotNumber, weighed, "g")],
                [], [], "Dana Whitfield, CPhT", "Priya Raman, PharmD", StockRoom.Now.AddHours(3)));
            return true;
        });

        var lot = await EventuallyAsync(
            () => host.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().FindLotAsync(LotId.From(naltrexone.LotId), CancellationToken.None)),
            found => found.WasConsumedBy(request.BatchId));
        var reservedElsewhere = await host.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().Lots
            .Where(l => l.ItemCode == "ING-042" || l.ItemCode == "ING-028").ToListAsync());
        Assert.Equal(0m, lot.ReservedFor(request.BatchId).Amount);
        Assert.Equal(-weighed, lot.Movements.Single(m => m.Type == MovementType.Consumption).Quantity);
        Assert.All(reservedElsewhere, l => Assert.Equal(0m, l.ReservedFor(request.BatchId).Amount));
    }

    private static AllocateLotsForBatch LdnBatch(DateOnly useBy, int capsules = CapsulesInBatch) =>
        new(
            Guid.NewGuid(), $"B-2026-{Random.Shared.Next(1000, 9999)}",
            [
                new IngredientNeed("ING-001", capsules * NaltrexonePerCapsule, "g"),
                new IngredientNeed("ING-028", capsules * CellulosePerCapsule, "g"),
                new IngredientNeed("ING-042", capsules, "each"),
            ],
            useBy);

    private Task<LotAllocationResult> AskAsync(AllocateLotsForBatch request) =>
        host.InScopeAsync(sp => sp.GetRequiredService<IMessageBus>().InvokeAsync<LotAllocationResult>(request));

    private Task<Lot> LotAsync(string itemCode) =>
        host.InScopeAsync(sp => sp.GetRequiredService<InventoryDbContext>().Lots.AsNoTracking()
            .Where(lot => lot.ItemCode == itemCode && lot.Status == LotStatus.Released).OrderByDescending(lot => lot.ExpiresOn).FirstAsync());

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
