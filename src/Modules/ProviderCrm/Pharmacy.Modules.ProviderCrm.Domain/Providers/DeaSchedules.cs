namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>The schedules a DEA registration may cover: 2, 2N, 3, 3N (N: non-narcotic), 4 and 5.</summary>
public static class DeaSchedules
{
    public static readonly IReadOnlyList<string> All = ["2", "2N", "3", "3N", "4", "5"];

    public static bool IsSchedule(string? code) => code is not null && All.Contains(code.Trim().ToUpperInvariant());

    /// <summary>The schedules in their usual order, each once: "2 2N 3 3N 4 5".</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string> codes)
    {
        var wanted = codes.Select(code => code.Trim().ToUpperInvariant()).ToHashSet();
        return [.. All.Where(wanted.Contains)];
    }
}
