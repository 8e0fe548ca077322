using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class TextMustBeGivenRule(string what, string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text);

    public string Message => $"Write the {what}.";
}
