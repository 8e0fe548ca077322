using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Organisations;

public sealed class ContactMustBeReachableRule(string? email, string? phone) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone);

    public string Message => "Give the contact's email or phone number, so that the pharmacy can reach them.";
}
