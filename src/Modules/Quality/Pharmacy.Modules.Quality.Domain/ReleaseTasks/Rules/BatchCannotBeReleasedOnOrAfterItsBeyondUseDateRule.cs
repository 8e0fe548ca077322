using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>A preparation past its beyond-use date may not be used, so it cannot be released: reject it instead.</summary>
public sealed class BatchCannotBeReleasedOnOrAfterItsBeyondUseDateRule(string batchNumber, DateTimeOffset beyondUseDate, DateTimeOffset now)
    : IBusinessRule
{
    public bool IsBroken() => now >= beyondUseDate;

    public string Message =>
        $"Batch {batchNumber} reached its beyond-use date on {beyondUseDate.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC "
        + "and can no longer be released; reject it.";
}
