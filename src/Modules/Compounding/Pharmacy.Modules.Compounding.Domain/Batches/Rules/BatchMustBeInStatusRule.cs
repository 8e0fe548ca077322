using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public sealed class BatchMustBeInStatusRule(string batchNumber, BatchStatus actual, BatchStatus required, string act) : IBusinessRule
{
    public bool IsBroken() => actual != required;

    public string Message => $"Only a {EnumText.InSentence(required)} batch can be {act}; batch {batchNumber} is {EnumText.InSentence(actual)}.";
}
