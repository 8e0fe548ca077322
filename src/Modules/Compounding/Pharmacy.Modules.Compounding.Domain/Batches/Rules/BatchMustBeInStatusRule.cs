using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public sealed class BatchMustBeInStatusRule(string batchNumber, BatchStatus actual, BatchStatus required, string act) : IBusinessRule
{
    public bool IsBroken() => actual != required;

    public string Message => $"Only a {Describe(required)} batch can be {act}; batch {batchNumber} is {Describe(actual)}.";

    private static string Describe(BatchStatus status) => status == BatchStatus.InProgress ? "in progress" : status.ToString().ToLowerInvariant();
}
