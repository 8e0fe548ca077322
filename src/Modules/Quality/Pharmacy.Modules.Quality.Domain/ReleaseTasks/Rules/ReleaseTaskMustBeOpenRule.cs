using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class ReleaseTaskMustBeOpenRule(ReleaseTaskStatus status, string batchNumber) : IBusinessRule
{
    public bool IsBroken() => status != ReleaseTaskStatus.Open;

    public string Message => $"Batch {batchNumber} is already {status.ToString().ToLowerInvariant()}; its record can no longer change.";
}
