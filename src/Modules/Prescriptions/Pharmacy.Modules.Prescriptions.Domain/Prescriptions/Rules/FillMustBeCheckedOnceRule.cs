using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class FillMustBeCheckedOnceRule(int fillNumber, string? checkedBy, DateTimeOffset? checkedAt) : IBusinessRule
{
    public bool IsBroken() => checkedAt is not null;

    public string Message =>
        $"Fill {fillNumber} already had its final check by {checkedBy} on " +
        $"{checkedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; it can now be picked up or shipped.";
}
