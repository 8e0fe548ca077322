using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>A fill on or past its beyond-use date must not be used, so it cannot pass its final check.</summary>
public sealed class FillMustBeCheckedBeforeItsBeyondUseDateRule(int fillNumber, string? batchNumber, DateTimeOffset? beyondUseDate, DateTimeOffset now)
    : IBusinessRule
{
    public bool IsBroken() => beyondUseDate is { } bud && now >= bud;

    public string Message =>
        $"Fill {fillNumber} cannot pass its final check: its batch {batchNumber} reached its beyond-use date on " +
        $"{beyondUseDate?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. " +
        "Put the prescription on hold and have the fill made again in a new batch.";
}
