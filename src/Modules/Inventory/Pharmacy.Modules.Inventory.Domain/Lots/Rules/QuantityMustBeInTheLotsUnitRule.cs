using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class QuantityMustBeInTheLotsUnitRule(UnitOfMeasure lotUnit, UnitOfMeasure unit, string lotNumber) : IBusinessRule
{
    public bool IsBroken() => unit != lotUnit;

    public string Message => $"Lot {lotNumber} is counted in {lotUnit}; a quantity in {unit} is not converted.";
}
