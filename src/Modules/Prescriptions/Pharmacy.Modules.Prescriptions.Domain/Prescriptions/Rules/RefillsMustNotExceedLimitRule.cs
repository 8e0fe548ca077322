using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class RefillsMustNotExceedLimitRule(int refills) : IBusinessRule
{
    public const int MaxRefills = 11;

    public bool IsBroken() => refills > MaxRefills;

    public string Message => $"At most {MaxRefills} refills may be authorised; {refills} were written.";
}
