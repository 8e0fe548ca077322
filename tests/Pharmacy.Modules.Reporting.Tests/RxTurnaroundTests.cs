using Bogus;
using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Modules.Reporting.Tests;

public sealed class RxTurnaroundTests
{
    private const int Seed = 2611;
    private const int ShuffledOrders = 200;
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private readonly FillJourney _journey = FillJourney.Faker(Seed, Now).Generate();
    private readonly Randomizer _random = new(Seed);

    /// <summary>Each event of the journey, as the read model receives it from its module.</summary>
    private static IReadOnlyList<Action<RxTurnaround>> EventsOf(FillJourney j) =>
    [
        row => row.RecordPrescriptionReceived(j.ReceivedAt),
        row => row.RecordPrescriptionVerified(j.VerifiedAt),
        row => row.RecordRequested(j.PrescriptionId, j.RxNumber, j.FillNumber, j.FormulaCode, j.Quantity, j.RequestedAt),
        row => row.RecordCompounded(j.BatchNumber, j.FormulaCode, j.CompoundedAt),
        row => row.RecordReleased(j.ReleasedAt),
        row => row.RecordDispensed(j.PrescriptionId, j.RxNumber, j.FormulaCode, j.Quantity, j.DispenseMethod, j.DispensedAt),
        row => row.RecordCharged(j.RxNumber, j.ChargeAmount, FillJourney.Currency, j.ChargedAt),
    ];

    [Fact]
    public void A_fills_events_in_the_order_they_happened_fill_in_every_stage()
    {
        var row = Apply(EventsOf(_journey));

        Assert.Equal(RxTurnaroundRowSnapshot.Expected(_journey), RxTurnaroundRowSnapshot.Of(row));
    }

    [Fact]
    public void A_fills_events_in_any_order_give_the_same_row()
    {
        var expected = RxTurnaroundRowSnapshot.Expected(_journey);
        var events = EventsOf(_journey);

        Assert.Equal(expected, RxTurnaroundRowSnapshot.Of(Apply(events.Reverse())));
        for (var i = 0; i < ShuffledOrders; i++)
        {
            Assert.Equal(expected, RxTurnaroundRowSnapshot.Of(Apply(_random.Shuffle(events))));
        }
    }

    [Fact]
    public void An_event_delivered_twice_changes_nothing()
    {
        var events = EventsOf(_journey);

        var row = Apply(events.Concat(_random.Shuffle(events)));

        Assert.Equal(RxTurnaroundRowSnapshot.Expected(_journey), RxTurnaroundRowSnapshot.Of(row));
    }

    [Fact]
    public void A_row_first_heard_of_from_a_batch_release_knows_only_the_release_until_the_fill_request_arrives()
    {
        var row = RxTurnaround.ForFill(_journey.FillId);
        row.RecordReleased(_journey.ReleasedAt);

        Assert.Null(row.PrescriptionId);
        Assert.Null(row.RxNumber);
        Assert.Equal("Released", TurnaroundProgress.Of(row.StageTimes, row.RequestedAt, row.RejectedAt));

        row.RecordRequested(_journey.PrescriptionId, _journey.RxNumber, _journey.FillNumber, _journey.FormulaCode, _journey.Quantity, _journey.RequestedAt);

        Assert.Equal(_journey.PrescriptionId, row.PrescriptionId);
        Assert.Equal(_journey.RxNumber, row.RxNumber);
        Assert.Equal(_journey.ReleasedAt, row.ReleasedAt);
    }

    [Fact]
    public void The_prescriptions_times_heard_before_the_fill_are_copied_into_it_whatever_came_first()
    {
        var prescription = ReceivedPrescription.For(_journey.PrescriptionId, _journey.RxNumber);
        prescription.RecordVerified(_journey.VerifiedAt);
        prescription.RecordReceived(_journey.ReceivedAt);
        var row = RxTurnaround.ForFill(_journey.FillId);

        row.RecordPrescription(prescription);
        row.RecordPrescriptionReceived(_journey.ReceivedAt);

        Assert.Equal(_journey.ReceivedAt, row.ReceivedAt);
        Assert.Equal(_journey.VerifiedAt, row.VerifiedAt);
    }

    [Fact]
    public void A_fill_made_again_after_rejected_batches_shows_the_last_batch_and_the_last_rejection_whatever_the_order()
    {
        var firstRejectedAt = _journey.CompoundedAt.AddHours(6);
        var secondCompoundedAt = firstRejectedAt.AddHours(20);
        var secondRejectedAt = secondCompoundedAt.AddHours(5);
        var thirdCompoundedAt = secondRejectedAt.AddHours(18);
        var releasedAt = thirdCompoundedAt.AddHours(4);
        const string thirdBatch = "B-261129-404";
        IReadOnlyList<Action<RxTurnaround>> events =
        [
            row => row.RecordCompounded("B-261126-101", _journey.FormulaCode, _journey.CompoundedAt),
            row => row.RecordRejected(firstRejectedAt),
            row => row.RecordCompounded("B-261127-233", _journey.FormulaCode, secondCompoundedAt),
            row => row.RecordRejected(secondRejectedAt),
            row => row.RecordCompounded(thirdBatch, _journey.FormulaCode, thirdCompoundedAt),
            row => row.RecordReleased(releasedAt),
        ];

        for (var i = 0; i < ShuffledOrders; i++)
        {
            var row = Apply(_random.Shuffle(events));

            Assert.Equal(thirdBatch, row.BatchNumber);
            Assert.Equal(thirdCompoundedAt, row.CompoundedAt);
            Assert.Equal(secondRejectedAt, row.RejectedAt);
            Assert.Equal(releasedAt, row.ReleasedAt);
            Assert.Equal("Released", TurnaroundProgress.Of(row.StageTimes, row.RequestedAt, row.RejectedAt));
        }
    }

    [Fact]
    public void A_charge_made_again_after_a_reversal_shows_the_latest_charge_whatever_the_order()
    {
        var corrected = _journey.ChargeAmount - 10m;
        var correctedAt = _journey.ChargedAt.AddDays(2);
        IReadOnlyList<Action<RxTurnaround>> events =
        [
            row => row.RecordCharged(_journey.RxNumber, _journey.ChargeAmount, FillJourney.Currency, _journey.ChargedAt),
            row => row.RecordCharged(_journey.RxNumber, corrected, FillJourney.Currency, correctedAt),
        ];

        foreach (var order in new[] { events, events.Reverse().ToList() })
        {
            var row = Apply(order);

            Assert.Equal(corrected, row.ChargeAmount);
            Assert.Equal(correctedAt, row.ChargedAt);
        }
    }

    [Fact]
    public void A_fill_whose_only_batch_was_rejected_shows_as_rejected()
    {
        var row = RxTurnaround.ForFill(_journey.FillId);
        row.RecordRequested(_journey.PrescriptionId, _journey.RxNumber, _journey.FillNumber, _journey.FormulaCode, _journey.Quantity, _journey.RequestedAt);
        row.RecordCompounded(_journey.BatchNumber, _journey.FormulaCode, _journey.CompoundedAt);
        row.RecordRejected(_journey.CompoundedAt.AddHours(3));

        Assert.Equal("Rejected", TurnaroundProgress.Of(row.StageTimes, row.RequestedAt, row.RejectedAt));
    }

    private RxTurnaround Apply(IEnumerable<Action<RxTurnaround>> events)
    {
        var row = RxTurnaround.ForFill(_journey.FillId);
        foreach (var apply in events)
        {
            apply(row);
        }

        return row;
    }
}
