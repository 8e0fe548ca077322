using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Inventory.Domain.Lots;

public sealed class ReasonMustBeGivenRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "Give the reason for the change; the ledger keeps it.";
}
