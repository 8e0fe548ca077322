using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public sealed class BatchMustBeCheckedBySomeoneOtherThanThePreparerRule(string? preparedById, string checkerId) : IBusinessRule
{
    public bool IsBroken() => string.Equals(preparedById, checkerId, StringComparison.Ordinal);

    public string Message => "The pharmacist who checks a batch must not be the person who prepared it.";
}
