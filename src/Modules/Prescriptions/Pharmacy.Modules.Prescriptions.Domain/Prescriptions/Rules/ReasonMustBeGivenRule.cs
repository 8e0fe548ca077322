using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class ReasonMustBeGivenRule(string act, string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => $"Give the reason to {act}.";
}
