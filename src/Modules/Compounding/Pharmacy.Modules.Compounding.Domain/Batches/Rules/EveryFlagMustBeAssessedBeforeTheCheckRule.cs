using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Batches;

/// <summary>
/// A checker signs only what they have seen: every flag of the record (a weight outside tolerance, a yield outside
/// 95-105%) is ticked as assessed and the assessment written, or the check is refused naming what is left.
/// </summary>
public sealed class EveryFlagMustBeAssessedBeforeTheCheckRule(IReadOnlyList<BatchFlag> flags, IReadOnlyCollection<string> assessed, string? assessment)
    : IBusinessRule
{
    private IReadOnlyList<BatchFlag> Unassessed => [.. flags.Where(flag => !assessed.Contains(flag.Key, StringComparer.Ordinal))];

    public bool IsBroken() => Unassessed.Count > 0 || (flags.Count > 0 && string.IsNullOrWhiteSpace(assessment));

    public string Message => Unassessed.Count > 0
        ? $"Assess every flag of the record before signing: {string.Join("; ", Unassessed.Select(flag => flag.Description))}."
        : "Write your assessment of the flagged weights or yield before signing.";
}
