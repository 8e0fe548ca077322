using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class PrescriptionMustNotBeExpiredRule(DateOnly writtenOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => writtenOn.AddYears(1) < today;

    public string Message => $"A prescription written on {writtenOn:yyyy-MM-dd} has expired (prescriptions are valid for one year).";
}
