using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class PrescriberMustBeActiveRule(string npi, bool known, bool active) : IBusinessRule
{
    public bool IsBroken() => !known || !active;

    public string Message => known
        ? $"The prescriber with NPI {npi} is not active with the pharmacy; the prescription cannot be accepted."
        : $"No prescriber with NPI {npi} is registered with the pharmacy; the prescription cannot be accepted.";
}

public sealed class RefillsMustNotExceedLimitRule(int refills) : IBusinessRule
{
    public const int MaxRefills = 11;

    public bool IsBroken() => refills > MaxRefills;

    public string Message => $"At most {MaxRefills} refills may be authorised; {refills} were written.";
}

public sealed class WrittenDateMustNotBeInTheFutureRule(DateOnly writtenOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => writtenOn > today;

    public string Message => $"The written date {writtenOn:yyyy-MM-dd} is in the future.";
}

public sealed class PrescriptionMustNotBeExpiredRule(DateOnly writtenOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => writtenOn.AddYears(1) < today;

    public string Message => $"A prescription written on {writtenOn:yyyy-MM-dd} has expired (prescriptions are valid for one year).";
}
