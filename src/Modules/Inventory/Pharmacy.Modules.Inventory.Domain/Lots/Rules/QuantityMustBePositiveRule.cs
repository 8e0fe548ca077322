using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class QuantityMustBePositiveRule(decimal quantity, string act) : IBusinessRule
{
    public bool IsBroken() => quantity <= 0;

    public string Message => $"The quantity {act} must be more than zero.";
}
