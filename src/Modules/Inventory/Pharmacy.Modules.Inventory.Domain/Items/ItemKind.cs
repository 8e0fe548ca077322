using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Items;

/// <summary>What an inventory item is to the compounding room.</summary>
public enum ItemKind
{
    /// <summary>Active pharmaceutical ingredient (bulk drug substance).</summary>
    [DisplayText("API")]
    Api,
    Excipient,
    Base,
    Container,
    Device,

    /// <summary>A lot the pharmacy compounded itself, held until dispensed.</summary>
    FinishedPreparation,
}

/// <summary>DEA schedule of a controlled substance.</summary>
public enum ControlledSchedule
{
    CII,
    CIII,
    CIV,
    CV,
}
