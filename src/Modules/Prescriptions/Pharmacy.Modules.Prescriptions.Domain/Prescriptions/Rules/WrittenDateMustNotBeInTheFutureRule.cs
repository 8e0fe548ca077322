using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class WrittenDateMustNotBeInTheFutureRule(DateOnly writtenOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => writtenOn > today;

    public string Message =>
        $"The written date {writtenOn:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}): a prescription cannot be signed ahead. " +
        "Enter the date the prescriber signed it.";
}
