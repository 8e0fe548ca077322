namespace Pharmacy.Shared.Contracts;

/// <summary>
/// The extension members every error answer carries besides the ProblemDetails fields,
/// so that clients can tell a broken business rule from other errors without parsing prose.
/// </summary>
public static class ProblemExtensions
{
    /// <summary>The name of the business rule that was broken (422 answers).</summary>
    public const string Rule = "rule";

    /// <summary>Field errors by field name (400 answers), as in ValidationProblemDetails.</summary>
    public const string Errors = "errors";
}
