using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Modules.Reporting.Tests;

public sealed class TurnaroundSummaryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_median_of_an_odd_number_of_fills_is_the_middle_one()
    {
        Assert.Equal(30, Percentile.Of([72, 30, 24], Percentile.Median));
    }

    [Fact]
    public void The_median_of_an_even_number_of_fills_is_halfway_between_the_middle_two()
    {
        Assert.Equal(27, Percentile.Of([24, 30, 72, 20], Percentile.Median));
    }

    [Fact]
    public void The_90th_percentile_interpolates_between_ranks_as_a_spreadsheet_does()
    {
        // PERCENTILE.INC({10,20,...,100}, 0.9) = 91: rank 8.1 between 90 and 100.
        double[] hours = [.. Enumerable.Range(1, 10).Select(i => i * 10.0)];

        Assert.Equal(91, Percentile.Of(hours, Percentile.Ninetieth)!.Value, precision: 9);
    }

    [Fact]
    public void No_fills_have_no_percentile()
    {
        Assert.Null(Percentile.Of([], Percentile.Median));
    }

    [Fact]
    public void Each_stage_counts_only_the_fills_that_have_reached_its_end()
    {
        StageTimes[] fills =
        [
            Journey(verifyHours: 1, compoundHours: 20, releaseHours: 4, dispenseHours: 24),
            Journey(verifyHours: 2, compoundHours: 30, releaseHours: 6, dispenseHours: 12),
            Journey(verifyHours: 3, compoundHours: 40, releaseHours: null, dispenseHours: null),
        ];

        var summary = TurnaroundSummary.Of(fills);

        Assert.Equal(3, summary.FillCount);
        Assert.Equal(2, summary.DispensedCount);
        var verification = summary.Stages.Single(s => s.Stage == TurnaroundStage.ReceivedToVerified);
        Assert.Equal((3, 2.0), (verification.Count, verification.MedianHours));
        var release = summary.Stages.Single(s => s.Stage == TurnaroundStage.CompoundedToReleased);
        Assert.Equal((2, 5.0), (release.Count, release.MedianHours));
        Assert.Equal(2, summary.Total.Count);
        Assert.Equal((1 + 20 + 4 + 24 + 2 + 30 + 6 + 12) / 2.0, summary.Total.MedianHours);
    }

    [Fact]
    public void The_chart_steps_are_the_four_consecutive_stages_without_the_total()
    {
        var summary = TurnaroundSummary.Of([Journey(1, 20, 4, 24)]);

        Assert.Equal(TurnaroundStage.Steps, summary.Steps.Select(step => step.Stage));
    }

    private static StageTimes Journey(double verifyHours, double compoundHours, double? releaseHours, double? dispenseHours)
    {
        var verified = Monday.AddHours(verifyHours);
        var compounded = verified.AddHours(compoundHours);
        var released = releaseHours is { } release ? compounded.AddHours(release) : (DateTimeOffset?)null;
        var dispensed = released is { } r && dispenseHours is { } dispense ? r.AddHours(dispense) : (DateTimeOffset?)null;
        return new StageTimes(Monday, verified, compounded, released, dispensed);
    }
}
