using System.Globalization;
using Bogus;
using Pharmacy.Modules.Billing.DemoData;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Domain.Formulas;
using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Modules.Compounding.DemoData;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Inventory.DemoData;
using Pharmacy.Modules.Inventory.Domain.Allocation;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// The demo seed's catalog (the 20 approved formulas, the 45 ingredients with their suppliers, the price list) and the
/// stock room through the year: lots received from each item's supplier when stock runs below a few weeks of use,
/// released once their certificate of analysis is reviewed, reserved first-expiry-first-out, consumed, and wasted at
/// expiry.
/// </summary>
internal sealed class Catalog(PharmacyYear year, Randomizer random, DateTimeOffset createdAt)
{
    private const string Approval = "Approved for compounding";
    private const int DaysOfCoverToReorder = 3;
    private const int DaysOfCoverPerLot = 4;

    private readonly Dictionary<string, DemoItem> _demo = DemoCatalog.Items.ToDictionary(item => item.Code);
    private readonly Dictionary<ItemId, List<Lot>> _shelf = [];
    private readonly Dictionary<string, decimal> _dailyUse = [];
    private readonly HashSet<string> _lotNumbers = [];
    private int _certificates;

    public Dictionary<string, Formula> Formulas { get; } = [];

    public Dictionary<string, OrderableFormula> Orderable { get; } = [];

    public Dictionary<string, ListPrice> Prices { get; } = [];

    public Dictionary<string, Item> Items { get; } = [];

    public DateTimeOffset CreatedAt => createdAt;

    public void Create()
    {
        var approver = new Actor(Guid.Empty.ToString(), "Dana Whitfield, PharmD");
        foreach (var definition in CatalogFormulas.All)
        {
            var formula = Formula.Draft(definition, 1, "First version, from the pharmacy's catalog.", createdAt);
            formula.Approve(approver.Id, approver.Name, createdAt);
            formula.ClearDomainEvents();
            year.Formulas.Add(formula);
            Formulas[formula.Code] = formula;
            year.CompoundingAudit.Created(formula, createdAt, approver, "ApproveFormula", signature: Staff.Signature(approver, Approval, createdAt));
            foreach (var line in formula.Ingredients)
            {
                year.CompoundingAudit.Created(line, createdAt, approver, "ApproveFormula", formula);
            }

            foreach (var check in formula.QualityChecks)
            {
                year.CompoundingAudit.Created(check, createdAt, approver, "ApproveFormula", formula);
            }

            // What Prescriptions and Billing learn from FormulaApproved.
            var orderable = OrderableFormula.Approved(
                formula.Code, formula.VersionNumber, formula.Name, formula.DosageForm.ToString(), formula.Unit,
                DosageForms.IsCountedInWholeUnits(formula.DosageForm), formula.Storage.ToString(), formula.ControlledSchedule, createdAt, createdAt);
            year.OrderableFormulas.Add(orderable);
            Orderable[orderable.Code] = orderable;
            year.BillableFormulas.Add(BillableFormula.Approved(formula.Code, formula.VersionNumber, formula.Name, formula.Unit, createdAt));
        }

        foreach (var listed in CatalogPrices.All)
        {
            var price = FormulaPrice.List(listed.FormulaCode, listed.FormulaName, listed.Unit, Money.Dollars(listed.PricePerUnit), alreadyListed: false, createdAt);
            year.Prices.Add(price);
            Prices[price.FormulaCode] = new ListPrice(price.PricePerUnit, price.Unit);
            year.BillingAudit.Created(price, createdAt, Actor.System, "AddFormulaPrice");
        }

        for (var index = 0; index < DemoCatalog.Items.Count; index++)
        {
            var demo = DemoCatalog.Items[index];
            var item = Item.Create(new ItemDefinition(
                demo.Code, demo.Name, demo.Kind, Ndc(demo, index), demo.Unit, demo.HazardousNiosh, demo.Schedule, demo.Storage,
                decimal.Round(demo.LotSize * 0.4m, 6), demo.LotSize, demo.CostPerUnit));
            year.Items.Add(item);
            Items[item.Code] = item;
            _shelf[item.Id] = [];
            year.InventoryAudit.Created(item, createdAt, Actor.System, "CreateItem");
        }
    }

    /// <summary>What each item is expected to be used per day, from the mix of prescriptions; the stock room plans by it.</summary>
    public void ExpectDailyUse(string itemCode, decimal quantity) =>
        _dailyUse[itemCode] = _dailyUse.GetValueOrDefault(itemCode) + quantity;

    /// <summary>Six thirty every morning: lots whose CoA was reviewed are released, expiring stock is destroyed, low stock is reordered.</summary>
    public void KeepStockRoom(DateTimeOffset at, Actor reviewer, Actor receiving)
    {
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        foreach (var item in year.Items)
        {
            var lots = _shelf[item.Id];
            foreach (var lot in lots.Where(lot => lot.Status == LotStatus.Quarantined && lot.ReceivedAt < at.AddHours(-12)).ToList())
            {
                lot.Release(at);
            }

            foreach (var lot in lots.Where(lot => lot.ExpiresOn <= today.AddDays(7) && lot.Status == LotStatus.Released && lot.Reserved.IsZero && lot.OnHand.IsPositive).ToList())
            {
                var wasted = lot.OnHand;
                lot.Waste(wasted, "Expires within 7 days; destroyed per SOP", new StockActor(reviewer.Id, reviewer.Name), at);
                Record(lot, at, reviewer, "WasteStock");
            }

            lots.RemoveAll(lot => lot.Status is LotStatus.Depleted || lot.ExpiresOn < today);
            var dailyUse = _dailyUse.GetValueOrDefault(item.Code);
            var available = lots.Sum(lot => lot.Available.Amount);
            if (available < Math.Max(item.ReorderPoint.Amount, dailyUse * DaysOfCoverToReorder))
            {
                Receive(item, at, receiving, Math.Max(item.ReorderQuantity.Amount, dailyUse * DaysOfCoverPerLot));
            }
        }
    }

    /// <summary>
    /// Inventory's reservation for a batch (ReserveLotsForBatch), first expiry first out. A need the shelf cannot meet is
    /// met by a lot rushed in from the supplier (received, CoA reviewed and released on the spot), as a pharmacy does.
    /// </summary>
    public IReadOnlyList<PlannedReservation> Reserve(
        Guid batchId, string batchNumber, IReadOnlyList<IngredientQuantity> needs, DateOnly useBy, Actor by, DateTimeOffset at)
    {
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var items = needs.Select(need => Items[need.ItemCode]).Distinct().ToList();
        var stockNeeds = needs.Select(need => new StockNeed(need.ItemCode, need.Theoretical.Amount, need.Theoretical.Unit.Symbol)).ToList();
        var plan = FefoAllocator.Plan(stockNeeds, items, [.. items.SelectMany(item => _shelf[item.Id])], today, useBy);
        foreach (var shortfall in plan.Shortfalls)
        {
            var item = Items[shortfall.ItemCode];
            var rushed = Receive(item, at.AddMinutes(-30), Actor.System, Math.Max(item.ReorderQuantity.Amount, (shortfall.Needed - shortfall.Available) * 2));
            rushed.Release(at.AddMinutes(-5));
        }

        if (!plan.Succeeded)
        {
            plan = FefoAllocator.Plan(stockNeeds, items, [.. items.SelectMany(item => _shelf[item.Id])], today, useBy);
        }

        var batch = new BatchReference(batchId, batchNumber);
        foreach (var reservation in plan.Reservations)
        {
            reservation.Lot.Reserve(batch, reservation.Quantity, useBy, new StockActor(by.Id, by.Name), at);
            Record(reservation.Lot, at, Actor.System, "ReserveLotsForBatch");
        }

        return plan.Reservations;
    }

    /// <summary>Inventory's ConsumeLotsForBatch: what was weighed comes off each lot, and what is still reserved is given back.</summary>
    public void Consume(Guid batchId, string batchNumber, IEnumerable<(Guid LotId, Quantity Quantity)> used, string preparedBy, DateTimeOffset at)
    {
        var batch = new BatchReference(batchId, batchNumber);
        var actor = new StockActor(Actor.System.Id, preparedBy);
        var lots = new List<Lot>();
        foreach (var (lotId, quantity) in used)
        {
            var lot = _lotsById[lotId];
            lot.Consume(batch, quantity, actor, at);
            lots.Add(lot);
        }

        foreach (var lot in lots.Distinct())
        {
            lot.ReleaseReservation(batch, actor, at);
            Record(lot, at, Actor.System, "ConsumeLotsForBatch");
        }
    }

    private readonly Dictionary<Guid, Lot> _lotsById = [];
    private readonly Dictionary<Lot, int> _recorded = [];

    private Lot Receive(Item item, DateTimeOffset at, Actor receiving, decimal quantity)
    {
        var demo = _demo[item.Code];
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var lotNumber = UniqueLotNumber(demo.Supplier);
        var rounded = item.Unit.Dimension == Dimension.Count || quantity >= 100 ? decimal.Ceiling(quantity) : decimal.Round(quantity, 1, MidpointRounding.AwayFromZero);
        var lot = Lot.Receive(
            item,
            new LotReceipt(
                lotNumber, demo.Supplier.Name, demo.Supplier.Name, today.AddMonths(random.Int(14, 30)), new Quantity(Math.Max(rounded, 1m), item.Unit),
                $"COA-{at.Year}-{++_certificates:00000}"),
            new StockActor(receiving.Id, receiving.Name), at);
        _shelf[item.Id].Add(lot);
        _lotsById[lot.Id.Value] = lot;
        year.Lots.Add(lot);
        year.InventoryAudit.Created(lot, at, receiving, "ReceiveLot");
        Record(lot, at, receiving, "ReceiveLot");
        return lot;
    }

    /// <summary>The creation entries of the ledger lines a lot gained since the last act on it.</summary>
    private void Record(Lot lot, DateTimeOffset at, Actor actor, string action)
    {
        var from = _recorded.GetValueOrDefault(lot);
        for (var i = from; i < lot.Movements.Count; i++)
        {
            year.InventoryAudit.Created(lot.Movements[i], at, actor, action, lot);
        }

        _recorded[lot] = lot.Movements.Count;
    }

    private string UniqueLotNumber(DemoSupplier supplier)
    {
        string lotNumber;
        do
        {
            lotNumber = random.Replace(supplier.LotPattern).ToUpperInvariant();
        }
        while (!_lotNumbers.Add(lotNumber));

        return lotNumber;
    }

    /// <summary>Labeler (5) + product (4) + package (2) digits, as the demo seed makes them; containers carry no NDC.</summary>
    private static string? Ndc(DemoItem demo, int index) =>
        demo.Kind is ItemKind.Container || demo.Supplier.NdcLabeler is not { } labeler
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{labeler}{(1000 + (index * 37)) % 10000:0000}{(index % 3) + 1:00}");
}
