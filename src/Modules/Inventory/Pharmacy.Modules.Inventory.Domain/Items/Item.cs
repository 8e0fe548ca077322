using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Items;

/// <summary>
/// Something the pharmacy stocks: a bulk drug, an excipient or base, a container, or a finished compounded lot.
/// Its stock lives in its lots; the item says how it is counted, kept and reordered.
/// </summary>
public sealed class Item : AggregateRoot
{
    private Item()
    {
    }

    public ItemId Id { get; private set; }

    /// <summary>The catalog code (ING-001...), the name other modules use for the item.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ItemKind Kind { get; private set; }

    /// <summary>National Drug Code as 11 digits (5-4-2), for claims; containers and devices have none.</summary>
    public string? Ndc { get; private set; }

    /// <summary>What the item is counted in (g, mL, each); every quantity of its lots and reorder levels is in it.</summary>
    public UnitOfMeasure Unit { get; private set; } = UnitOfMeasure.Each;

    /// <summary>On the NIOSH list of hazardous drugs: handled in containment, with the matching PPE.</summary>
    public bool HazardousNiosh { get; private set; }

    public ControlledSchedule? ControlledSchedule { get; private set; }

    public StorageCondition Storage { get; private set; }

    /// <summary>When the available quantity falls below this, the item is suggested for reordering.</summary>
    public Quantity ReorderPoint { get; private set; }

    public Quantity ReorderQuantity { get; private set; }

    /// <summary>Purchase cost of one unit (one g, mL or each), used for stock value and cost-plus pricing.</summary>
    public Money CostPerUnit { get; private set; } = Money.Zero();

    public static Item Create(ItemDefinition definition)
    {
        CheckRule(new NdcMustBeElevenDigitsRule(definition.Ndc));
        CheckRule(new ReorderLevelsMustNotBeNegativeRule(definition.ReorderPoint, definition.ReorderQuantity));
        CheckRule(new CostMustNotBeNegativeRule(definition.CostPerUnit));
        return new Item
        {
            Id = TypedId.New<ItemId>(),
            Code = definition.Code.Trim().ToUpperInvariant(),
            Name = definition.Name.Trim(),
            Kind = definition.Kind,
            Ndc = string.IsNullOrWhiteSpace(definition.Ndc) ? null : definition.Ndc.Trim(),
            Unit = definition.Unit,
            HazardousNiosh = definition.HazardousNiosh,
            ControlledSchedule = definition.ControlledSchedule,
            Storage = definition.Storage,
            ReorderPoint = new Quantity(definition.ReorderPoint, definition.Unit),
            ReorderQuantity = new Quantity(definition.ReorderQuantity, definition.Unit),
            CostPerUnit = Money.Dollars(definition.CostPerUnit),
        };
    }
}

/// <summary>What defines an item when it is added to the catalog; the reorder levels are in its unit, the cost in dollars per unit.</summary>
public sealed record ItemDefinition(
    string Code, string Name, ItemKind Kind, string? Ndc, UnitOfMeasure Unit, bool HazardousNiosh, ControlledSchedule? ControlledSchedule,
    StorageCondition Storage, decimal ReorderPoint, decimal ReorderQuantity, decimal CostPerUnit);
