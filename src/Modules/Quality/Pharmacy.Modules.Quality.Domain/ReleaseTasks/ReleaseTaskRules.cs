using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed class ReleaseTaskMustBeOpenRule(ReleaseTaskStatus status, string batchNumber) : IBusinessRule
{
    public bool IsBroken() => status != ReleaseTaskStatus.Open;

    public string Message => $"Batch {batchNumber} is already {status.ToString().ToLowerInvariant()}; its record can no longer change.";
}

public sealed class QcCheckMustBelongToTheBatchRule(QualityCheck? check, string checkName, string batchNumber) : IBusinessRule
{
    public bool IsBroken() => check is null;

    public string Message => $"Batch {batchNumber} has no QC check called \"{checkName}\".";
}

public sealed class QcResultMustSayPassOrFailRule(string checkName, QcOutcome? outcome) : IBusinessRule
{
    public bool IsBroken() => outcome is null;

    public string Message => $"Say whether the {checkName} result passes or fails.";
}

/// <summary>A potency outside its range is a failure whatever is ticked; a stricter call (fail within range) is the reviewer's right.</summary>
public sealed class PotencyOutsideItsRangeCannotPassRule(string checkName, decimal percentOfLabel, PotencyRange range, QcOutcome? outcome) : IBusinessRule
{
    public bool IsBroken() => outcome == QcOutcome.Pass && !range.Contains(percentOfLabel);

    public string Message => string.Create(
        CultureInfo.InvariantCulture, $"{checkName} {percentOfLabel:0.##}% of label is outside {range}: it cannot pass.");
}

public sealed class DecisionMustBeSignedRule(DecisionSignature? signature, string act) : IBusinessRule
{
    public bool IsBroken() => signature is null || string.IsNullOrWhiteSpace(signature.SignedBy) || string.IsNullOrWhiteSpace(signature.Meaning);

    public string Message => $"{act} a batch needs your electronic signature: your password and the meaning of your signature.";
}

public sealed class EveryQcCheckMustHaveAResultRule(IReadOnlyList<QualityCheck> checks) : IBusinessRule
{
    private IReadOnlyList<string> Missing => checks.Where(check => !check.HasResult).Select(check => check.Name).ToList();

    public bool IsBroken() => Missing.Count > 0;

    public string Message => $"{Join(Missing)} {(Missing.Count == 1 ? "has" : "have")} no result yet.";

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}

public sealed class EveryQcCheckMustPassRule(IReadOnlyList<QualityCheck> checks) : IBusinessRule
{
    private IEnumerable<QualityCheck> Failed => checks.Where(check => check is { HasResult: true, Passed: false });

    public bool IsBroken() => Failed.Any();

    public string Message => string.Join("; ", Failed.Select(check => $"{check.Name} failed: {check.ResultInWords}")) + ".";
}

public sealed class RejectionMustGiveAReasonRule(string? reason) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);

    public string Message => "Give the reason for rejecting the batch.";
}
