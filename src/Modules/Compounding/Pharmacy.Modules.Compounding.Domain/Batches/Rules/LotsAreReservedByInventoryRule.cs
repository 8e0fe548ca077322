using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>Only Inventory reserves lots: a pharmacy system set up without the Inventory module cannot start a batch.</summary>
public sealed class LotsAreReservedByInventoryRule(string batchNumber, bool inventoryAnswered) : IBusinessRule
{
    public bool IsBroken() => !inventoryAnswered;

    public string Message =>
        $"Batch {batchNumber} cannot start: its ingredient lots are reserved by Inventory, which this pharmacy system does not run. The batch stays planned.";
}
