using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;

namespace Pharmacy.ArchitectureTests;

internal sealed record Violation(string Subject, string Reason);

/// <summary>
/// What a rule found: what it looked at and what broke it. Keeping "what it looked at" lets a test prove that a
/// passing rule selected something, and that a failing rule failed for the planted reason, not for selecting nothing.
/// </summary>
internal sealed record RuleResult(IReadOnlyList<string> Checked, IReadOnlyList<Violation> Violations)
{
    /// <summary>The subject ArchUnitNET's own failure gets when a rule's selection is empty.</summary>
    public const string NothingSelected = "(nothing selected)";

    public bool Passed => Violations.Count == 0;

    public static RuleResult Evaluate(IArchRule rule, Architecture architecture)
    {
        var results = rule.Evaluate(architecture).ToList();
        var checkedTypes = results.Select(result => result.EvaluatedObject).OfType<IType>().Select(type => type.FullName).Distinct().ToList();
        return new RuleResult(checkedTypes, Failures(results));
    }

    public static IReadOnlyList<Violation> Failures(IEnumerable<EvaluationResult> results) =>
        results.Where(result => !result.Passed)
            .Select(result => new Violation(Subject(result.EvaluatedObject), result.Description))
            .ToList();

    public override string ToString() =>
        Passed
            ? $"passed, {Checked.Count} checked"
            : string.Join(Environment.NewLine, Violations.Select(violation => $"{violation.Subject}: {violation.Reason}"));

    private static string Subject(object? evaluated) => evaluated switch
    {
        IType type => type.FullName,
        // A rule that selected nothing reports itself as the evaluated object.
        ICanBeEvaluated => NothingSelected,
        null => "(unknown)",
        _ => evaluated.GetType().Name,
    };
}
