using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.BeyondUseDates;

/// <summary>
/// The beyond-use date of a preparation: the earliest of the USP table limit, the stability reference (when the
/// formula has one) and the earliest expiry of any ingredient lot used. Counted from when compounding started,
/// as USP &lt;797&gt; counts it. On a tie the table limit is named, then the stability reference.
/// </summary>
public static class BeyondUseDateCalculator
{
    public static BeyondUseDate Calculate(BudInputs inputs, DateTimeOffset compoundingStartedAt, IEnumerable<DateOnly> ingredientLotExpiries)
    {
        var limit = UspBudTable.LimitFor(inputs);
        var rule = new StorageMustHaveAUspLimitRule(limit);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }

        var candidates = new List<(DateTimeOffset Date, BudLimitedBy By)> { (compoundingStartedAt + limit.Duration!.Value, BudLimitedBy.UspLimit) };
        if (inputs.Stability is { } stability)
        {
            candidates.Add((compoundingStartedAt.AddDays(stability.Days), BudLimitedBy.Stability));
        }

        // The preparation must not outlast any lot in it; conservatively, the lot's expiry day itself is not counted.
        var expiries = ingredientLotExpiries.ToList();
        if (expiries.Count > 0)
        {
            var earliest = expiries.Min();
            candidates.Add((new DateTimeOffset(earliest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), BudLimitedBy.IngredientExpiry));
        }

        var (date, by) = candidates.MinBy(candidate => candidate.Date);
        return new BeyondUseDate(date, by, inputs.Storage);
    }
}

public sealed class StorageMustHaveAUspLimitRule(UspLimit limit) : IBusinessRule
{
    public bool IsBroken() => !limit.IsAllowed;

    public string Message => $"No beyond-use date can be assigned: {limit.NotAllowedBecause} ({limit.Row}).";
}
