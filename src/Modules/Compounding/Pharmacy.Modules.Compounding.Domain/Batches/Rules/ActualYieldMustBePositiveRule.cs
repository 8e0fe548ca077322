using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public sealed class ActualYieldMustBePositiveRule(decimal actualYield) : IBusinessRule
{
    public bool IsBroken() => actualYield <= 0;

    public string Message => "Record the actual yield of the batch.";
}
