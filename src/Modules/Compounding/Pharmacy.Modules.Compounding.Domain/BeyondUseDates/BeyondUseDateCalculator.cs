using System.Globalization;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.BeyondUseDates;

/// <summary>
/// The one beyond-use date engine, used by the batch check and by the endpoint other systems call. Counted from
/// when compounding started, as USP &lt;797&gt; counts it:
/// 1. the USP table limit of the preparation's row and storage, or its stability reference: for a non-sterile
///    preparation the stability reference replaces the table limit (at most 180 days); for a sterile one it can
///    only shorten it;
/// 2. then no later than the earliest ingredient expiry (a lot's expiry day itself is not counted: 00:00 UTC).
/// Storage the table does not allow, or a date at or before compounding (an expired ingredient), is refused.
/// </summary>
public static class BeyondUseDateCalculator
{
    /// <summary>USP &lt;795&gt;: non-sterile dating from stability data is capped here.</summary>
    public static readonly TimeSpan NonSterileStabilityCeiling = TimeSpan.FromDays(180);

    /// <summary>For a batch: its lots' expiry days.</summary>
    public static BeyondUseDate CalculateForLots(BudInputs inputs, DateTimeOffset compoundedAt, IEnumerable<DateOnly> ingredientLotExpiries) =>
        Calculate(inputs, compoundedAt, ingredientLotExpiries.Select(StartOf));

    public static BeyondUseDate Calculate(BudInputs inputs, DateTimeOffset compoundedAt, IEnumerable<DateTimeOffset> ingredientExpiries)
    {
        var limit = UspBudTable.LimitFor(inputs);
        var rule = new StorageMustHaveAUspLimitRule(limit);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }

        var (date, by, why) = FromTableOrStability(inputs, compoundedAt, limit);
        var expiries = ingredientExpiries.ToList();
        if (expiries.Count > 0 && expiries.Min() is var earliest && earliest < date)
        {
            (date, by, why) = (earliest, BudLimitedBy.IngredientExpiry,
                $"{why}; shortened to the earliest ingredient expiry, {earliest.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        }

        var mustFallAfter = new BeyondUseDateMustFallAfterCompoundingRule(date, compoundedAt);
        if (mustFallAfter.IsBroken())
        {
            throw new BusinessRuleValidationException(mustFallAfter);
        }

        return new BeyondUseDate(date, by, inputs.Storage, $"{why}.");
    }

    /// <summary>A date without a time, as lot expiries are written: the start of that day, UTC.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static (DateTimeOffset Date, BudLimitedBy By, string Why) FromTableOrStability(BudInputs inputs, DateTimeOffset compoundedAt, UspLimit limit)
    {
        var table = (compoundedAt + limit.Duration!.Value, BudLimitedBy.UspLimit, $"{limit.Describe()} from compounding");
        if (inputs.Stability is not { } stability)
        {
            return table;
        }

        var studied = TimeSpan.FromDays(stability.Days);
        var source = string.IsNullOrWhiteSpace(stability.Source) ? "" : $" ({stability.Source})";
        if (!inputs.IsSterile)
        {
            return studied > NonSterileStabilityCeiling
                ? (compoundedAt + NonSterileStabilityCeiling, BudLimitedBy.UspLimit,
                    $"stability reference of {stability.Days} days{source}, capped at the 180 days USP <795> allows")
                : (compoundedAt + studied, BudLimitedBy.Stability,
                    $"stability reference of {stability.Days} days{source} in place of the USP <795> table limit");
        }

        return studied < limit.Duration.Value
            ? (compoundedAt + studied, BudLimitedBy.Stability,
                $"stability reference of {stability.Days} days{source}, shorter than {limit.Describe()}")
            : table;
    }
}

public sealed class StorageMustHaveAUspLimitRule(UspLimit limit) : IBusinessRule
{
    public bool IsBroken() => !limit.IsAllowed;

    public string Message => $"No beyond-use date can be assigned: {limit.NotAllowedBecause} ({limit.Row}).";
}

/// <summary>An ingredient already expired when compounding started: nothing made from it can be dated.</summary>
public sealed class BeyondUseDateMustFallAfterCompoundingRule(DateTimeOffset beyondUseDate, DateTimeOffset compoundedAt) : IBusinessRule
{
    public bool IsBroken() => beyondUseDate <= compoundedAt;

    public string Message =>
        $"No beyond-use date can be assigned: an ingredient expired on {beyondUseDate.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, "
        + "at or before compounding. Use a lot that has not expired.";
}
