using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>Nothing leaves the pharmacy on or after its beyond-use date (USP 795 and 797): from that moment it must not be used.</summary>
public sealed class FillMustBeHandedOutBeforeItsBeyondUseDateRule(int fillNumber, string? batchNumber, DateTimeOffset? beyondUseDate, DateTimeOffset now)
    : IBusinessRule
{
    public bool IsBroken() => beyondUseDate is { } bud && now >= bud;

    public string Message =>
        $"Fill {fillNumber} cannot be handed out: its batch {batchNumber} reached its beyond-use date on " +
        $"{beyondUseDate?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. " +
        "Put the prescription on hold and have the fill made again in a new batch.";
}
