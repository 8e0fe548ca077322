using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Items;

public sealed class NdcMustBeElevenDigitsRule(string? ndc) : IBusinessRule
{
    public bool IsBroken() => !string.IsNullOrWhiteSpace(ndc) && (ndc.Trim().Length != 11 || !ndc.Trim().All(char.IsAsciiDigit));

    public string Message => $"An NDC is stored as 11 digits (5-4-2 without dashes); '{ndc}' is not.";
}

public sealed class ReorderLevelsMustNotBeNegativeRule(decimal reorderPoint, decimal reorderQuantity) : IBusinessRule
{
    public bool IsBroken() => reorderPoint < 0 || reorderQuantity < 0;

    public string Message => "The reorder point and reorder quantity cannot be negative.";
}

public sealed class CostMustNotBeNegativeRule(decimal cost) : IBusinessRule
{
    public bool IsBroken() => cost < 0;

    public string Message => "The cost per unit cannot be negative.";
}
