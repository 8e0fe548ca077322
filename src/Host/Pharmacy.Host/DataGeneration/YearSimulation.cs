using Bogus;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Inventory.Domain.Allocation;
using Pharmacy.Modules.Inventory.Domain.Items;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Reporting.Domain.Turnaround;
using Pharmacy.Shared.Kernel;
using CompoundingLot = Pharmacy.Modules.Compounding.Domain.Batches.BatchLot;
using QualityLot = Pharmacy.Modules.Quality.Domain.ReleaseTasks.BatchLot;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// A year of the pharmacy, played in time order through the modules' domain models, so every record obeys their rules:
/// prescriptions arrive on weekdays more than at weekends and mid-morning more than at night, are verified (some after a
/// clarification, some held, a few cancelled), their fills join the planned batch of their formula, a technician starts
/// each batch soon after it is planned (Inventory reserves lots first-expiry-first-out) and compounds it, a second
/// pharmacist checks them, Inventory takes the lots off the shelf, Quality records the QC results and releases (or
/// now and then rejects) them, the fills are picked up or shipped, charged and paid. What each module would learn
/// from another's event it learns here at the same moment. Whatever would happen after now has not happened yet, so
/// the latest prescriptions wait in every open queue.
/// </summary>
internal sealed partial class YearSimulation
{
    private const int FirstRxNumber = 7_000_001;

    private readonly PharmacyYear _year;
    private readonly GenerationOptions _options;
    private readonly Randomizer _random;
    private readonly Faker _faker;
    private readonly Staff _staff;
    private readonly DateTimeOffset _now;
    private readonly DateTimeOffset _start;
    private readonly TimeZoneInfo _zone;
    private readonly PriorityQueue<Action<DateTimeOffset>, (DateTimeOffset At, long Order)> _events = new();
    private readonly Dictionary<string, Batch> _plannedBatch = [];
    private readonly Dictionary<DateOnly, int> _batchesOfTheDay = [];
    private readonly Dictionary<Guid, Prescription> _prescriptionOfFill = [];
    private long _order;
    private long _rxNumber = FirstRxNumber;

    public YearSimulation(PharmacyYear year, GenerationOptions options, DateTimeOffset now)
    {
        _year = year;
        _options = options;
        _random = new Randomizer(options.Seed);
        _faker = new Faker("en_US") { Random = _random };
        _staff = new Staff(_random);
        _now = now;
        _start = now.AddDays(-options.Days);
        _zone = PharmacyZone();
        _catalog = new Catalog(year, _random, _start.AddDays(-30));
    }

    public void Run()
    {
        _catalog.Create();
        CreatePrescribers();
        CreatePatients();
        PlanArrivals();
        // The stock room is stocked before the first day: lots received, and released a day later once their CoA is reviewed.
        _catalog.KeepStockRoom(_catalog.CreatedAt.AddDays(1), _staff.Any(_staff.QualityAssurance), _staff.Receiving);
        _catalog.KeepStockRoom(_catalog.CreatedAt.AddDays(2), _staff.Any(_staff.QualityAssurance), _staff.Receiving);
        for (var day = _start.Date; day <= _now.Date; day = day.AddDays(1))
        {
            var date = DateOnly.FromDateTime(day);
            At(Local(date, 6, 30), _ => KeepStockRoom(date));
        }

        while (_events.TryDequeue(out var act, out var when))
        {
            if (when.At > _now)
            {
                break;
            }

            act(when.At);
        }
    }

    private void At(DateTimeOffset when, Action<DateTimeOffset> act)
    {
        if (when <= _now)
        {
            _events.Enqueue(act, (when, _order++));
        }
    }

    private static TimeZoneInfo PharmacyZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Central", TimeSpan.FromHours(-6), "Central", "Central");
        }
    }

    /// <summary>A time of the pharmacy's day (Central time), in UTC as every module stores it.</summary>
    private DateTimeOffset Local(DateOnly date, int hour, int minute)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The next moment the pharmacy is staffed (weekdays 8-18, Saturday 9-13) at or after <paramref name="when"/>.</summary>
    private DateTimeOffset WorkingTime(DateTimeOffset when)
    {
        var local = TimeZoneInfo.ConvertTime(when, _zone);
        for (var i = 0; i < 10; i++)
        {
            var date = DateOnly.FromDateTime(local.DateTime);
            var (open, close) = date.DayOfWeek switch
            {
                DayOfWeek.Sunday => (0, 0),
                DayOfWeek.Saturday => (9, 13),
                _ => (8, 18),
            };
            if (close > 0 && local.Hour < close)
            {
                return local.Hour >= open ? when : Local(date, open, _random.Int(0, 40));
            }

            local = new DateTimeOffset(local.Date.AddDays(1), local.Offset);
            when = local.ToUniversalTime();
        }

        return when;
    }

    private DateTimeOffset Minutes(DateTimeOffset from, int min, int max) => from.AddMinutes(_random.Int(min, max));

    private void Clear(AggregateRoot aggregate) => aggregate.ClearDomainEvents();

    private Prescriber PrescriberOf(Prescription prescription) => _prescribersById[prescription.PrescriberId];

    private readonly Dictionary<Guid, Prescriber> _prescribersById = [];
    private readonly Catalog _catalog;

    private void Turnaround(Guid fillId, Action<RxTurnaround> record)
    {
        if (!_year.Turnaround.TryGetValue(fillId, out var row))
        {
            row = RxTurnaround.ForFill(fillId);
            _year.Turnaround[fillId] = row;
        }

        record(row);
    }

    private static LotAllocation Allocated(IEnumerable<PlannedReservation> reservations) =>
        new(true, [.. reservations.Select(r => new CompoundingLot(r.Lot.ItemCode, r.Lot.Id.Value, r.Lot.LotNumber, r.Quantity, r.Lot.ExpiresOn))], []);

    private static QualityLot ForQuality(LotUsed lot) => new(lot.ItemCode, lot.LotId, lot.LotNumber, lot.Quantity.Amount, lot.Quantity.Unit.Symbol);
}
