using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class EveryQcCheckMustPassRule(IReadOnlyList<QualityCheck> checks) : IBusinessRule
{
    private IEnumerable<QualityCheck> Failed => checks.Where(check => check is { HasResult: true, Passed: false });

    public bool IsBroken() => Failed.Any();

    public string Message => string.Join("; ", Failed.Select(check => $"{check.Name} failed: {check.ResultInWords}")) + ".";
}
