using Xunit;

namespace Pharmacy.ArchitectureTests;

internal static class RuleAssert
{
    /// <summary>The rule passed and was not vacuous: it looked at something, including the named types.</summary>
    public static void Holds(RuleResult result, params string[] mustHaveChecked)
    {
        Assert.NotEmpty(result.Checked);
        Assert.All(mustHaveChecked, name => Assert.Contains(name, result.Checked));
        Assert.True(result.Passed, result.ToString());
    }

    /// <summary>The rule failed, and for the planted reason: the named type is an offender (an empty selection is not).</summary>
    public static void Catches(RuleResult result, string offender, string? because = null)
    {
        Assert.False(result.Passed);
        Assert.DoesNotContain(result.Violations, violation => violation.Subject == RuleResult.NothingSelected);
        Assert.True(
            result.Violations.Any(violation => violation.Subject == offender && (because is null || violation.Reason.Contains(because, StringComparison.Ordinal))),
            $"expected {offender} to break the rule{(because is null ? "" : $" ({because})")}; found:{Environment.NewLine}{result}");
    }

    /// <summary>The rule looked at a well-formed type and let it be: the rule is not just failing everything.</summary>
    public static void Spares(RuleResult result, string type)
    {
        Assert.Contains(type, result.Checked);
        Assert.DoesNotContain(result.Violations, violation => violation.Subject == type);
    }
}
