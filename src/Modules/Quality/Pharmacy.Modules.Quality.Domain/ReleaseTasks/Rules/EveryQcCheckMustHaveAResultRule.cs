using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class EveryQcCheckMustHaveAResultRule(IReadOnlyList<QcCheckStanding> checks) : IBusinessRule
{
    private IReadOnlyList<string> Missing => checks.Where(check => !check.HasResult).Select(check => check.Name).ToList();

    public bool IsBroken() => Missing.Count > 0;

    public string Message => $"{Join(Missing)} {(Missing.Count == 1 ? "has" : "have")} no result yet.";

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
