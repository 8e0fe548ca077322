using Bogus;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Reporting.Domain.Turnaround;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaround;
using Pharmacy.Modules.Reporting.Features.RecordBatchCompounded;
using Pharmacy.Modules.Reporting.Features.RecordBatchRejected;
using Pharmacy.Modules.Reporting.Features.RecordBatchReleased;
using Pharmacy.Modules.Reporting.Features.RecordFillCancelled;
using Pharmacy.Modules.Reporting.Features.RecordFillCharged;
using Pharmacy.Modules.Reporting.Features.RecordFillDispensed;
using Pharmacy.Modules.Reporting.Features.RecordFillRequested;
using Pharmacy.Modules.Reporting.Features.RecordFillServedFromStock;
using Pharmacy.Modules.Reporting.Features.RecordPrescriptionReceived;
using Pharmacy.Modules.Reporting.Features.RecordPrescriptionVerified;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.Tests;

/// <summary>
/// The projection on the module's real SQLite database: the handlers the inbox sends the events to, each delivery in
/// a context of its own, and the view v_rx_turnaround that reporting tools read.
/// </summary>
public sealed class RxTurnaroundProjectionTests : IDisposable
{
    private const int Seed = 1129;
    private const int Journeys = 12;

    /// <summary>
    /// SQLite's julianday reads times to the second and the page to the tick: well under a minute apart.
    /// </summary>
    private const double HoursTolerance = 1.0 / 3600;

    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private readonly ReportingDatabase _database = ReportingDatabase.Migrated();
    private readonly Randomizer _random = new(Seed);
    private readonly List<FillJourney> _journeys = FillJourney.Faker(Seed, Now).Generate(Journeys);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_handlers_build_the_same_rows_whatever_order_the_events_arrive_in()
    {
        foreach (var journey in _journeys)
        {
            foreach (var command in _random.Shuffle(CommandsOf(journey)))
            {
                await DeliverAsync(command);
            }
        }

        await using var db = _database.Open();
        var rows = await db.RxTurnaround.AsNoTracking().ToListAsync();
        Assert.Equal(
            _journeys.Select(RxTurnaroundRowSnapshot.Expected).OrderBy(row => row.FillId),
            rows.Select(RxTurnaroundRowSnapshot.Of).OrderBy(row => row.FillId));
    }

    [Fact]
    public async Task The_prescriptions_receipt_heard_after_its_fill_was_dispensed_still_starts_the_fills_clock()
    {
        var journey = _journeys[0];
        await DeliverAsync(new RecordFillDispensed(
            journey.FillId, journey.PrescriptionId, journey.RxNumber, journey.FormulaCode, journey.Quantity, journey.DispenseMethod, journey.DispensedAt));
        await DeliverAsync(new RecordPrescriptionReceived(journey.PrescriptionId, journey.RxNumber, journey.ReceivedAt));

        await using var db = _database.Open();
        var row = await db.RxTurnaroundView.SingleAsync(r => r.FillId == journey.FillId);
        Assert.Equal(journey.ReceivedAt, row.ReceivedAt);
        Assert.Equal((journey.DispensedAt - journey.ReceivedAt).TotalHours, row.ReceivedToDispensedHours!.Value, HoursTolerance);
    }

    [Fact]
    public async Task A_batch_serving_several_fills_moves_each_of_them()
    {
        var fills = _journeys.Take(3).ToList();
        var batch = fills[0];
        await DeliverAsync(new RecordBatchCompounded(batch.BatchNumber, batch.FormulaCode, [.. fills.Select(f => f.FillId)], batch.CompoundedAt));
        await DeliverAsync(new RecordBatchReleased([.. fills.Select(f => f.FillId)], batch.ReleasedAt));

        await using var db = _database.Open();
        var rows = await db.RxTurnaround.AsNoTracking().ToListAsync();
        Assert.Equal(fills.Count, rows.Count);
        Assert.All(rows, row => Assert.Equal((batch.BatchNumber, batch.CompoundedAt, batch.ReleasedAt), (row.BatchNumber!, row.CompoundedAt!.Value, row.ReleasedAt!.Value)));
    }

    [Fact]
    public async Task The_view_gives_the_same_stage_hours_as_the_page_computes()
    {
        foreach (var command in _journeys.SelectMany(CommandsOf))
        {
            await DeliverAsync(command);
        }

        await using var db = _database.Open();
        var rows = await db.RxTurnaroundView.ToListAsync();
        Assert.Equal(Journeys, rows.Count);
        foreach (var row in rows)
        {
            double?[] fromView =
            [
                row.ReceivedToVerifiedHours, row.VerifiedToCompoundedHours, row.CompoundedToReleasedHours, row.ReleasedToDispensedHours,
                row.ReceivedToDispensedHours,
            ];
            var computed = TurnaroundStage.All.Select(stage => stage.HoursOf(row.StageTimes)).ToList();
            Assert.All(fromView.Zip(computed), pair => Assert.Equal(pair.Second!.Value, pair.First!.Value, HoursTolerance));
        }
    }

    [Fact]
    public async Task The_list_shows_the_fills_received_in_the_period_for_one_formula_most_recent_first()
    {
        foreach (var command in _journeys.SelectMany(CommandsOf))
        {
            await DeliverAsync(command);
        }

        var formula = _journeys[0].FormulaCode;
        var from = DateOnly.FromDateTime(Now.AddDays(-10).UtcDateTime);
        var to = DateOnly.FromDateTime(Now.UtcDateTime);
        var expected = _journeys
            .Where(j => j.FormulaCode == formula && DateOnly.FromDateTime(j.ReceivedAt.UtcDateTime) >= from)
            .OrderByDescending(j => j.ReceivedAt)
            .Select(j => j.FillId)
            .ToList();

        await using var db = _database.Open();
        var page = await new GetRxTurnaroundHandler(db).Handle(new GetRxTurnaround(from, to, formula), CancellationToken.None);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Items.Select(row => row.FillId));
        Assert.Equal(expected.Count, page.TotalCount);
        Assert.All(page.Items, row => Assert.Equal("Dispensed", row.Stage));
    }

    [Fact]
    public async Task A_fill_cancelled_with_its_prescription_is_listed_as_cancelled_with_the_time_and_no_dispensing()
    {
        var journey = _journeys[0];
        var cancelledAt = journey.VerifiedAt.AddHours(2);
        await DeliverAsync(new RecordPrescriptionReceived(journey.PrescriptionId, journey.RxNumber, journey.ReceivedAt));
        await DeliverAsync(new RecordPrescriptionVerified(journey.PrescriptionId, journey.RxNumber, journey.VerifiedAt));
        await DeliverAsync(new RecordFillCancelled(journey.FillId, journey.PrescriptionId, journey.RxNumber, journey.FillNumber, cancelledAt));
        // Heard after the cancellation: the request does not reopen the row.
        await DeliverAsync(new RecordFillRequested(
            journey.FillId, journey.PrescriptionId, journey.RxNumber, journey.FillNumber, journey.FormulaCode, journey.Quantity, journey.RequestedAt));

        await using var db = _database.Open();
        var page = await new GetRxTurnaroundHandler(db).Handle(new GetRxTurnaround(), CancellationToken.None);
        var row = Assert.Single(page.Items);
        Assert.Equal(("Cancelled", cancelledAt, (DateTimeOffset?)null), (row.Stage, row.CancelledAt!.Value, row.DispensedAt));
        Assert.Equal(journey.ReceivedAt, row.ReceivedAt);
    }

    [Fact]
    public async Task A_fill_served_from_released_stock_is_compounded_and_released_the_moment_it_is_served()
    {
        var journey = _journeys[0];
        var servedAt = journey.RequestedAt.AddMinutes(5);
        await DeliverAsync(new RecordPrescriptionReceived(journey.PrescriptionId, journey.RxNumber, journey.ReceivedAt));
        await DeliverAsync(new RecordPrescriptionVerified(journey.PrescriptionId, journey.RxNumber, journey.VerifiedAt));
        await DeliverAsync(new RecordFillRequested(
            journey.FillId, journey.PrescriptionId, journey.RxNumber, journey.FillNumber, journey.FormulaCode, journey.Quantity, journey.RequestedAt));

        await DeliverAsync(new RecordFillServedFromStock(journey.FillId, journey.BatchNumber, journey.FormulaCode, servedAt));

        await using var db = _database.Open();
        var row = Assert.Single((await new GetRxTurnaroundHandler(db).Handle(new GetRxTurnaround(), CancellationToken.None)).Items);
        Assert.Equal(("Released", journey.BatchNumber, servedAt, servedAt), (row.Stage, row.BatchNumber!, row.CompoundedAt!.Value, row.ReleasedAt!.Value));
        Assert.True(row.VerifiedToCompoundedHours >= 0);
    }

    private static IEnumerable<ICommand> CommandsOf(FillJourney j) =>
    [
        new RecordPrescriptionReceived(j.PrescriptionId, j.RxNumber, j.ReceivedAt),
        new RecordPrescriptionVerified(j.PrescriptionId, j.RxNumber, j.VerifiedAt),
        new RecordFillRequested(j.FillId, j.PrescriptionId, j.RxNumber, j.FillNumber, j.FormulaCode, j.Quantity, j.RequestedAt),
        new RecordBatchCompounded(j.BatchNumber, j.FormulaCode, [j.FillId], j.CompoundedAt),
        new RecordBatchReleased([j.FillId], j.ReleasedAt),
        new RecordFillDispensed(j.FillId, j.PrescriptionId, j.RxNumber, j.FormulaCode, j.Quantity, j.DispenseMethod, j.DispensedAt),
        new RecordFillCharged(j.FillId, j.RxNumber, j.ChargeAmount, FillJourney.Currency, j.ChargedAt),
    ];

    /// <summary>One delivery: its own context, the module's handler, one save (what the inbox and unit of work do).</summary>
    private async Task DeliverAsync(ICommand command)
    {
        await using var db = _database.Open();
        var handling = command switch
        {
            RecordPrescriptionReceived c => new RecordPrescriptionReceivedHandler(db).Handle(c, CancellationToken.None),
            RecordPrescriptionVerified c => new RecordPrescriptionVerifiedHandler(db).Handle(c, CancellationToken.None),
            RecordFillRequested c => new RecordFillRequestedHandler(db).Handle(c, CancellationToken.None),
            RecordBatchCompounded c => new RecordBatchCompoundedHandler(db).Handle(c, CancellationToken.None),
            RecordBatchReleased c => new RecordBatchReleasedHandler(db).Handle(c, CancellationToken.None),
            RecordBatchRejected c => new RecordBatchRejectedHandler(db).Handle(c, CancellationToken.None),
            RecordFillDispensed c => new RecordFillDispensedHandler(db).Handle(c, CancellationToken.None),
            RecordFillCharged c => new RecordFillChargedHandler(db).Handle(c, CancellationToken.None),
            RecordFillCancelled c => new RecordFillCancelledHandler(db).Handle(c, CancellationToken.None),
            RecordFillServedFromStock c => new RecordFillServedFromStockHandler(db).Handle(c, CancellationToken.None),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "No handler for this command."),
        };
        await handling;
        await db.SaveChangesAsync();
    }
}
