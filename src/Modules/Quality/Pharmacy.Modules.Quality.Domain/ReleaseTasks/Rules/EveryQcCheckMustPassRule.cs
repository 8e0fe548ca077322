using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

/// <summary>A check stands by its latest result: a failed one holds the release until a retest passes (or the batch is rejected).</summary>
public sealed class EveryQcCheckMustPassRule(IReadOnlyList<QcCheckStanding> checks, string batchUnit) : IBusinessRule
{
    private IEnumerable<QcCheckStanding> Failed => checks.Where(check => check is { HasResult: true, Passed: false });

    public bool IsBroken() => Failed.Any();

    public string Message => string.Join("; ", Failed.Select(check => $"{check.Name} failed: {check.Latest!.InWords(check.Check, batchUnit)}"))
                             + ". Record a passing retest or reject the batch.";
}
