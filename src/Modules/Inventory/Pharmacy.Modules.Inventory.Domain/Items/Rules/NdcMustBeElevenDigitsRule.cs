using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Items;

public sealed class NdcMustBeElevenDigitsRule(string? ndc) : IBusinessRule
{
    public bool IsBroken() => !string.IsNullOrWhiteSpace(ndc) && (ndc.Trim().Length != 11 || !ndc.Trim().All(char.IsAsciiDigit));

    public string Message => $"An NDC is stored as 11 digits (5-4-2 without dashes); '{ndc}' is not.";
}
