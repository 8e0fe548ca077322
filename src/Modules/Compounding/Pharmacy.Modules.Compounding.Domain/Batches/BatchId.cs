using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

public readonly record struct BatchId(Guid Value) : ITypedId<BatchId>
{
    public static BatchId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}

/// <summary>Where a compounding record stands. Release or rejection is Quality's decision.</summary>
public enum BatchStatus
{
    Planned,
    InProgress,
    Compounded,
    Checked,
    Released,
    Rejected,

    /// <summary>Planned, then every fill it was for was cancelled before it started: nothing was reserved or made.</summary>
    Cancelled,
}

/// <summary>Batch (lot) numbers: "B" + the planning day as yyMMdd + "-" + a three-digit sequence of that day.</summary>
public static class BatchNumbers
{
    public static string PrefixFor(DateOnly day) => $"B{day:yyMMdd}-";

    /// <summary>The number after <paramref name="lastOfTheDay"/> (the highest number planned that day), or the day's first.</summary>
    public static string Next(DateOnly day, string? lastOfTheDay)
    {
        var prefix = PrefixFor(day);
        var last = lastOfTheDay is not null && lastOfTheDay.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(lastOfTheDay[prefix.Length..], out var sequence) ? sequence : 0;
        return $"{prefix}{last + 1:000}";
    }
}
