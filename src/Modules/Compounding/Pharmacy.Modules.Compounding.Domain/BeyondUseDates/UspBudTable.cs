using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.BeyondUseDates;

/// <summary>
/// One row and column of the USP tables: the longest dating allowed without further data, or none at all
/// (Category 1 frozen, for instance). <see cref="Row"/> says which row applied, in the chapter's words.
/// </summary>
public sealed record UspLimit(TimeSpan? Duration, string Row, string? NotAllowedBecause = null)
{
    public bool IsAllowed => Duration is not null;

    public string Describe() => Duration is { } duration
        ? $"{Format(duration)} ({Row})"
        : $"Not allowed ({Row}): {NotAllowedBecause}";

    private static string Format(TimeSpan duration) =>
        duration.TotalHours < 48 && duration.TotalHours % 24 != 0 ? $"{duration.TotalHours:0} hours"
        : duration.TotalDays == 1 ? "1 day" : $"{duration.TotalDays:0} days";
}

/// <summary>
/// USP &lt;795&gt; (non-sterile, no stability data) and &lt;797&gt; (sterile) beyond-use date limits, as revised in 2023.
/// The pre-2023 numbers (14 / 30 days / 6 months) are obsolete and appear nowhere here.
/// </summary>
public static class UspBudTable
{
    private static readonly TimeSpan Hours12 = TimeSpan.FromHours(12);
    private static readonly TimeSpan Hours24 = TimeSpan.FromHours(24);

    public static UspLimit LimitFor(BudInputs inputs) => inputs.IsSterile ? Sterile(inputs) : NonSterile(inputs);

    private static UspLimit NonSterile(BudInputs inputs)
    {
        if (inputs.Storage == StorageCondition.Freezer)
        {
            return NotAllowed("USP <795>", "non-sterile limits hold at room temperature or in a refrigerator, not frozen");
        }

        if (inputs.WaterActivity == WaterActivity.Aqueous)
        {
            if (inputs.Preserved)
            {
                return Days(35, "USP <795>: aqueous, preserved");
            }

            return inputs.Storage == StorageCondition.Refrigerator
                ? Days(14, "USP <795>: aqueous, not preserved, refrigerated")
                : NotAllowed("USP <795>: aqueous, not preserved", "it must be stored in a refrigerator");
        }

        return inputs.OralLiquid
            ? Days(90, "USP <795>: non-aqueous oral liquid")
            : Days(180, "USP <795>: other non-aqueous dosage form");
    }

    private static UspLimit Sterile(BudInputs inputs)
    {
        var (row, room, fridge, freezer) = SterileRow(inputs);
        if (row is null)
        {
            return NotAllowed("USP <797>: Category 3", "Category 3 requires sterility testing; without it the preparation is Category 1 or 2");
        }

        var limit = inputs.Storage switch
        {
            StorageCondition.Room => room,
            StorageCondition.Refrigerator => fridge,
            _ => freezer,
        };
        var column = inputs.Storage switch
        {
            StorageCondition.Room => "room temperature",
            StorageCondition.Refrigerator => "refrigerator",
            _ => "freezer",
        };
        return limit is { } duration
            ? new UspLimit(duration, $"{row}, {column}")
            : NotAllowed($"{row}, {column}", "a Category 1 preparation may not be frozen");
    }

    private static (string? Row, TimeSpan? Room, TimeSpan? Fridge, TimeSpan? Freezer) SterileRow(BudInputs inputs)
    {
        var aseptic = inputs.Sterilization != SterilizationMethod.TerminallySterilized;
        return inputs.Preparation switch
        {
            PreparationType.SterileCategory1 => ("USP <797>: Category 1", Hours12, Hours24, null),
            PreparationType.SterileCategory2 when aseptic && inputs.SterilityTested =>
                ("USP <797>: Category 2, aseptic, sterility tested and passed", D(30), D(45), D(60)),
            PreparationType.SterileCategory2 when aseptic && inputs.NonSterileStartingComponent =>
                ("USP <797>: Category 2, aseptic, not sterility tested, a non-sterile starting component", D(1), D(4), D(45)),
            PreparationType.SterileCategory2 when aseptic =>
                ("USP <797>: Category 2, aseptic, not sterility tested, sterile starting components only", D(4), D(10), D(45)),
            PreparationType.SterileCategory2 when inputs.SterilityTested =>
                ("USP <797>: Category 2, terminally sterilized, sterility tested", D(45), D(60), D(90)),
            PreparationType.SterileCategory2 =>
                ("USP <797>: Category 2, terminally sterilized, not sterility tested", D(14), D(28), D(45)),
            PreparationType.SterileCategory3 when !inputs.SterilityTested => (null, null, null, null),
            PreparationType.SterileCategory3 when aseptic =>
                ("USP <797>: Category 3, aseptic, sterility tested", D(60), D(90), D(120)),
            _ => ("USP <797>: Category 3, terminally sterilized, sterility tested", D(90), D(120), D(180)),
        };
    }

    private static TimeSpan D(int days) => TimeSpan.FromDays(days);

    private static UspLimit Days(int days, string row) => new(TimeSpan.FromDays(days), row);

    private static UspLimit NotAllowed(string row, string because) => new(null, row, because);
}
