using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class QuantityMustBeInTheLotsUnitRule(StockUnit lotUnit, string? unit, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => !lotUnit.Matches(unit);

    public string Message => $"Lot {lotNumber} is counted in {lotUnit.Symbol()}; a quantity in {unit} is not converted.";
}
