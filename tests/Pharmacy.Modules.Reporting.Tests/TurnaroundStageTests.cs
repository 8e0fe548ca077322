using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Modules.Reporting.Tests;

public sealed class TurnaroundStageTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 2, 8, 15, 0, TimeSpan.Zero);
    private static readonly TimeSpan Verification = TimeSpan.FromMinutes(90);
    private static readonly TimeSpan Compounding = TimeSpan.FromHours(26);
    private static readonly TimeSpan QualityRelease = TimeSpan.FromHours(5.25);
    private static readonly TimeSpan Pickup = TimeSpan.FromHours(18);

    private static readonly StageTimes Complete = new(
        Received, Received + Verification, Received + Verification + Compounding, Received + Verification + Compounding + QualityRelease,
        Received + Verification + Compounding + QualityRelease + Pickup);

    [Fact]
    public void Each_stage_takes_the_hours_between_its_two_events()
    {
        Assert.Equal(Verification.TotalHours, TurnaroundStage.ReceivedToVerified.HoursOf(Complete));
        Assert.Equal(Compounding.TotalHours, TurnaroundStage.VerifiedToCompounded.HoursOf(Complete));
        Assert.Equal(QualityRelease.TotalHours, TurnaroundStage.CompoundedToReleased.HoursOf(Complete));
        Assert.Equal(Pickup.TotalHours, TurnaroundStage.ReleasedToDispensed.HoursOf(Complete));
    }

    [Fact]
    public void The_whole_turnaround_is_the_sum_of_its_steps()
    {
        var total = TurnaroundStage.ReceivedToDispensed.HoursOf(Complete);

        Assert.Equal((Verification + Compounding + QualityRelease + Pickup).TotalHours, total);
        Assert.Equal(TurnaroundStage.Steps.Sum(step => step.HoursOf(Complete)!.Value), total!.Value, precision: 9);
    }

    [Fact]
    public void A_stage_whose_end_has_not_happened_has_no_hours_yet()
    {
        var awaitingRelease = Complete with { ReleasedAt = null, DispensedAt = null };

        Assert.Equal(Compounding.TotalHours, TurnaroundStage.VerifiedToCompounded.HoursOf(awaitingRelease));
        Assert.Null(TurnaroundStage.CompoundedToReleased.HoursOf(awaitingRelease));
        Assert.Null(TurnaroundStage.ReleasedToDispensed.HoursOf(awaitingRelease));
        Assert.Null(TurnaroundStage.ReceivedToDispensed.HoursOf(awaitingRelease));
    }

    [Fact]
    public void A_stage_whose_start_is_not_known_yet_has_no_hours_even_when_its_end_is()
    {
        var receiptNotYetHeardOf = Complete with { ReceivedAt = null };

        Assert.Null(TurnaroundStage.ReceivedToVerified.HoursOf(receiptNotYetHeardOf));
        Assert.Null(TurnaroundStage.ReceivedToDispensed.HoursOf(receiptNotYetHeardOf));
        Assert.Equal(Pickup.TotalHours, TurnaroundStage.ReleasedToDispensed.HoursOf(receiptNotYetHeardOf));
    }

    [Fact]
    public void Times_in_other_offsets_are_compared_as_the_same_instant()
    {
        var pacific = TimeSpan.FromHours(-8);
        var times = Complete with { VerifiedAt = (Received + Verification).ToOffset(pacific) };

        Assert.Equal(Verification.TotalHours, TurnaroundStage.ReceivedToVerified.HoursOf(times));
    }
}
