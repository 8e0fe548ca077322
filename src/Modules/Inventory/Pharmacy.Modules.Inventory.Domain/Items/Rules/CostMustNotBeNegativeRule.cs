using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Items;

public sealed class CostMustNotBeNegativeRule(decimal cost) : IBusinessRule
{
    public bool IsBroken() => cost < 0;

    public string Message => "The cost per unit cannot be negative.";
}
