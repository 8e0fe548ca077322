using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;
using static Pharmacy.Modules.Inventory.DemoData.DemoSuppliers;

namespace Pharmacy.Modules.Inventory.DemoData;

/// <summary>
/// One catalog ingredient as the demo stocks it. <see cref="LotSize"/> is what one lot usually holds, in the item's
/// unit, sized so that two or three lots cover a few dozen batches of the catalog formulas that use the item.
/// <see cref="RunningLow"/> items are stocked thinly so that the reorder suggestions have something to show.
/// </summary>
internal sealed record DemoItem(
    string Code, string Name, ItemKind Kind, UnitOfMeasure Unit, bool HazardousNiosh, ControlledSchedule? Schedule, decimal CostPerUnit,
    StorageCondition Storage, DemoSupplier Supplier, decimal LotSize, bool RunningLow = false);

/// <summary>The 45 ingredients of the shared demo catalog (codes, names, kinds, units, hazard, schedule and cost as given there).</summary>
internal static class DemoCatalog
{
    private const ItemKind Api = ItemKind.Api;
    private const ItemKind Excipient = ItemKind.Excipient;
    private const ItemKind Base = ItemKind.Base;
    private const ItemKind Container = ItemKind.Container;
    private static readonly UnitOfMeasure G = UnitOfMeasure.Gram;
    private static readonly UnitOfMeasure ML = UnitOfMeasure.Milliliter;
    private static readonly UnitOfMeasure Each = UnitOfMeasure.Each;
    private const StorageCondition Room = StorageCondition.Room;
    private const StorageCondition Fridge = StorageCondition.Refrigerator;
    private const StorageCondition Freezer = StorageCondition.Freezer;

    public static readonly IReadOnlyList<DemoItem> Items =
    [
        new("ING-001", "Naltrexone hydrochloride USP", Api, G, false, null, 38.0m, Room, Medisca, 50m),
        new("ING-002", "Progesterone USP micronized", Api, G, true, null, 2.1m, Room, Pcca, 500m),
        new("ING-003", "Estradiol USP micronized", Api, G, true, null, 95.0m, Room, Fagron, 5m),
        new("ING-004", "Estriol USP micronized", Api, G, true, null, 60.0m, Room, Pcca, 10m),
        new("ING-005", "Testosterone USP micronized", Api, G, true, ControlledSchedule.CIII, 9.5m, Room, Medisca, 50m),
        new("ING-006", "Ketamine hydrochloride USP", Api, G, false, ControlledSchedule.CIII, 24.0m, Room, Letco, 100m),
        new("ING-007", "Ketoprofen USP", Api, G, false, null, 1.4m, Room, Spectrum, 250m),
        new("ING-008", "Gabapentin USP", Api, G, false, null, 0.45m, Room, Letco, 250m),
        new("ING-009", "Baclofen USP", Api, G, false, null, 3.2m, Room, Medisca, 50m),
        new("ING-010", "Omeprazole USP", Api, G, false, null, 4.8m, Room, Fagron, 25m),
        new("ING-011", "Metronidazole benzoate USP", Api, G, false, null, 1.1m, Room, Spectrum, 250m),
        new("ING-012", "Spironolactone USP", Api, G, true, null, 1.6m, Room, Pcca, 25m),
        new("ING-013", "Vancomycin hydrochloride USP", Api, G, false, null, 7.5m, Room, Letco, 100m),
        new("ING-014", "Ondansetron hydrochloride USP", Api, G, false, null, 18.0m, Room, Medisca, 10m, RunningLow: true),
        new("ING-015", "Lidocaine USP", Api, G, false, null, 0.9m, Room, Spectrum, 500m),
        new("ING-016", "Tetracaine USP", Api, G, false, null, 6.2m, Room, Pcca, 100m),
        new("ING-017", "Hydroquinone USP", Api, G, false, null, 0.7m, Room, Letco, 100m),
        new("ING-018", "Tretinoin USP", Api, G, true, null, 42.0m, Room, Fagron, 5m),
        new("ING-019", "Hydrocortisone USP micronized", Api, G, false, null, 1.3m, Room, Medisca, 25m, RunningLow: true),
        new("ING-020", "Minoxidil USP", Api, G, false, null, 2.6m, Room, Pcca, 100m),
        new("ING-021", "Finasteride USP", Api, G, true, null, 12.0m, Room, Fagron, 5m),
        new("ING-022", "Methylcobalamin", Api, G, false, null, 30.0m, Room, Medisca, 5m),
        new("ING-023", "Glutathione (reduced) USP", Api, G, false, null, 1.9m, Fridge, Letco, 100m),
        new("ING-024", "Papaverine hydrochloride USP", Api, G, false, null, 5.5m, Room, Spectrum, 25m),
        new("ING-025", "Phentolamine mesylate USP", Api, G, false, null, 85.0m, Room, Medisca, 1m, RunningLow: true),
        new("ING-026", "Alprostadil USP", Api, G, false, null, 950.0m, Freezer, Pcca, 0.25m),
        new("ING-027", "Atropine sulfate USP", Api, G, false, null, 14.0m, Room, Letco, 5m),
        new("ING-028", "Microcrystalline cellulose NF", Excipient, G, false, null, 0.04m, Room, Spectrum, 2000m),
        new("ING-029", "Hypromellose (4000 cP) NF", Excipient, G, false, null, 0.12m, Room, Medisca, 500m),
        new("ING-030", "Sodium bicarbonate USP", Excipient, G, false, null, 0.02m, Room, Letco, 500m),
        new("ING-031", "Oral suspending vehicle (preserved)", Base, ML, false, null, 0.05m, Room, Medisca, 3785m),
        new("ING-032", "Oral sweetened vehicle (preserved)", Base, ML, false, null, 0.05m, Room, Fagron, 3785m),
        new("ING-033", "Sterile water for injection USP", Base, ML, false, null, 0.03m, Room, FreseniusKabi, 5000m),
        new("ING-034", "Sodium chloride 0.9% injection USP", Base, ML, false, null, 0.02m, Room, FreseniusKabi, 3000m),
        new("ING-035", "Bacteriostatic water for injection USP", Base, ML, false, null, 0.04m, Room, Hospira, 600m),
        new("ING-036", "Pluronic lecithin organogel base (preserved)", Base, G, false, null, 0.09m, Room, Pcca, 2000m),
        new("ING-037", "Oil-in-water cream base (preserved)", Base, G, false, null, 0.06m, Room, Fagron, 5000m),
        new("ING-038", "Anhydrous ointment base (petrolatum)", Base, G, false, null, 0.03m, Room, Spectrum, 2000m, RunningLow: true),
        new("ING-039", "Polyethylene glycol troche base", Base, G, false, null, 0.08m, Room, Pcca, 2000m),
        new("ING-040", "Propylene glycol USP", Excipient, ML, false, null, 0.02m, Room, Spectrum, 1000m),
        new("ING-041", "Ethanol 95% USP", Excipient, ML, false, null, 0.03m, Room, Spectrum, 2000m),
        new("ING-042", "Hard gelatin capsule size 1", Container, Each, false, null, 0.02m, Room, Capsuline, 10000m),
        new("ING-043", "Amber oral syringe bottle 120 mL", Container, Each, false, null, 0.35m, Room, Comar, 200m),
        new("ING-044", "Airless topical pump 50 g", Container, Each, false, null, 1.2m, Room, Medisca, 150m, RunningLow: true),
        new("ING-045", "Sterile glass vial 10 mL", Container, Each, false, null, 0.9m, Room, Wheaton, 300m),
    ];

    /// <summary>The lot of the demo that waits in quarantine for its certificate of analysis to be reviewed.</summary>
    public const string QuarantinedItemCode = "ING-001";
}
