namespace Pharmacy.Modules.Reporting.Domain.Turnaround;

/// <summary>
/// How a stage keeps one time when several events claim it (a fill compounded again after a rejected batch, a charge
/// reversed and made again): the latest event wins, and an exact tie goes to the greater detail. "Latest" is a maximum,
/// so applying the same events in any order, or twice, leaves the same value.
/// </summary>
internal static class LatestMark
{
    public static bool Wins(DateTimeOffset? currentAt, DateTimeOffset candidateAt) => currentAt is null || candidateAt > currentAt;

    public static bool Wins(DateTimeOffset? currentAt, string? currentDetail, DateTimeOffset candidateAt, string candidateDetail) =>
        currentAt is not { } current
        || candidateAt > current
        || (candidateAt == current && string.CompareOrdinal(candidateDetail, currentDetail) > 0);
}
