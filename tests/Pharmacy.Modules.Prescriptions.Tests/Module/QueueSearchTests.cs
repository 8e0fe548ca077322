using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.GetClarifications;
using Pharmacy.Modules.Prescriptions.Features.GetPrescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Testing;

namespace Pharmacy.Modules.Prescriptions.Tests.Module;

/// <summary>
/// The prescription and clarification queues find what staff type (Rx number, patient name or date of birth, prescriber
/// name or NPI, formula code), and SQLite answers each search and the default pages from an index: its plan for the very
/// statements the handlers send (EXPLAIN QUERY PLAN) never scans the prescriptions table.
/// </summary>
public sealed class QueueSearchTests : IAsyncLifetime
{
    private const int OtherPatients = 120;
    private const int DeepPage = 4;
    private static readonly string[] PrescriptionsTable = ["p", "prescriptions"];
    private const string OtherNpi = "1245319599";

    private static readonly PatientDetails Maria = new("Maria", "Alvarez", new DateOnly(1971, 4, 12), Sex.Female, "TX");
    private static readonly PatientDetails Sean = new("Sean", "O'Brien", new DateOnly(1980, 4, 12), Sex.Male, "CA");
    private static readonly PatientDetails Marta = new("Marta", "Alvarado-Diaz", new DateOnly(1990, 1, 5), Sex.Female, "FL");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pharmacy-rx-search-tests", Guid.NewGuid().ToString("N"));
    private readonly QueryRecorder _recorder = new();
    private readonly RxFaker _faker = new();
    private readonly Prescriber _prescriber = Prescriber.Activated(
        Guid.CreateVersion7(), RxFaker.PrescriberNpi, "Elena", "Marsh", "MD", RxFaker.Now.AddDays(-90), RxFaker.Now.AddDays(-90));

    private readonly Prescriber _other = Prescriber.Activated(
        Guid.CreateVersion7(), OtherNpi, "Samuel", "Okonkwo", "DO", RxFaker.Now.AddDays(-90), RxFaker.Now.AddDays(-90));

    private PrescriptionsDbContext _db = null!;
    private long _rxNumber = 7_000_001;
    private long _seanRx;

    public async Task InitializeAsync()
    {
        _db = Open();
        await _db.Database.MigrateAsync();
        _db.Prescribers.AddRange(_prescriber, _other);
        _db.Formulas.AddRange(RxFaker.NaltrexoneCapsules, RxFaker.KetoprofenGel);
        Receive(Maria, _prescriber);
        _seanRx = Receive(Sean, _other).RxNumber;
        Receive(Marta, _prescriber, RxFaker.KetoprofenGel).RequestClarification("Which strength?", RxFaker.Pharmacist, RxFaker.Now);
        for (var i = 0; i < OtherPatients; i++)
        {
            var prescription = Receive(_faker.Patient(), i % 2 == 0 ? _prescriber : _other);
            if (i % 3 == 0)
            {
                prescription.Verify(i % 2 == 0 ? _prescriber : _other, RxFaker.Licensed, null, RxFaker.Pharmacist, RxFaker.Now);
            }
            else if (i % 10 == 1)
            {
                prescription.RequestClarification("Please confirm the directions.", RxFaker.Pharmacist, RxFaker.Now);
                prescription.AnswerClarification("Once daily at bedtime.", RxFaker.Technician, RxFaker.Now.AddHours(1));
            }
        }

        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
        _recorder.Clear();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS; nothing depends on it.
        }
    }

    [Theory]
    [InlineData("alvarez")]
    [InlineData("ALV")]
    [InlineData("maria")]
    [InlineData("Maria Alvarez")]
    [InlineData("Alvarez, Maria")]
    [InlineData("alvarez m")]
    [InlineData("1971-04-12")]
    [InlineData("04/12/1971")]
    [InlineData("4/12/1971")]
    public async Task A_patient_is_found_by_the_start_of_a_name_or_by_the_date_of_birth_as_staff_write_it(string search)
    {
        var found = await QueueAsync(search);

        Assert.Contains(found.Items, rx => rx.PatientName == "Alvarez, Maria");
        Assert.DoesNotContain(found.Items, rx => rx.PatientName.StartsWith("Alvarado", StringComparison.Ordinal) && search.Contains("alvarez", StringComparison.OrdinalIgnoreCase));
        AssertEverySearchSeeks();
    }

    [Theory]
    [InlineData("o'brien")]
    [InlineData("OBrien")]
    [InlineData("o brien")]
    [InlineData("obri")]
    public async Task Apostrophes_spaces_and_case_do_not_matter_in_a_name(string search)
    {
        var found = await QueueAsync(search);

        Assert.Equal("O'Brien, Sean", Assert.Single(found.Items).PatientName);
        AssertEverySearchSeeks();
    }

    [Fact]
    public async Task A_hyphenated_last_name_is_found_by_either_part_typed_whole()
    {
        Assert.Equal("Alvarado-Diaz, Marta", Assert.Single((await QueueAsync("alvaradodiaz")).Items).PatientName);
        Assert.Equal("Alvarado-Diaz, Marta", Assert.Single((await QueueAsync("alvarado-d")).Items).PatientName);
    }

    [Fact]
    public async Task An_Rx_number_finds_its_prescription_only()
    {
        var found = await QueueAsync(_seanRx.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(_seanRx, Assert.Single(found.Items).RxNumber);
        AssertEverySearchSeeks();
    }

    [Fact]
    public async Task A_prescribers_NPI_or_name_lists_their_prescriptions()
    {
        var byNpi = await QueueAsync(OtherNpi, pageSize: PageRequest.MaxPageSize);
        var byName = await QueueAsync("okonkwo", pageSize: PageRequest.MaxPageSize);

        Assert.Equal(1 + (OtherPatients / 2), byNpi.TotalCount);
        Assert.All(byNpi.Items, rx => Assert.StartsWith("Samuel Okonkwo", rx.PrescriberName, StringComparison.Ordinal));
        Assert.Equal(byNpi.Items.Select(rx => rx.RxNumber), byName.Items.Select(rx => rx.RxNumber));
        AssertEverySearchSeeks();
    }

    [Fact]
    public async Task A_formula_code_lists_the_prescriptions_of_that_formula()
    {
        var found = await QueueAsync("keto");

        Assert.Equal("Alvarado-Diaz, Marta", Assert.Single(found.Items).PatientName);
        AssertEverySearchSeeks();
    }

    [Fact]
    public async Task The_first_page_a_status_and_a_deep_page_are_read_in_Rx_number_order_from_an_index()
    {
        var first = await QueueAsync(null, order: PrescriptionQueueOrder.OldestFirst);
        var received = await QueueAsync(null, PrescriptionStatus.Received, order: PrescriptionQueueOrder.OldestFirst);
        var deep = await QueueAsync(null, PrescriptionStatus.Received, page: DeepPage, pageSize: 10, order: PrescriptionQueueOrder.OldestFirst);

        Assert.Equal(first.Items.Select(rx => rx.RxNumber).Order(), first.Items.Select(rx => rx.RxNumber));
        Assert.Equal(7_000_001, first.Items[0].RxNumber);
        Assert.All(received.Items.Concat(deep.Items), rx => Assert.Equal(nameof(PrescriptionStatus.Received), rx.Status));
        Assert.True(deep.Items[0].RxNumber > received.Items[^1].RxNumber);
        foreach (var query in PrescriptionQueries())
        {
            QueryPlanAssert.ReadsInIndexOrder(query.PlanOn(Connection), PrescriptionsTable);
        }
    }

    [Fact]
    public async Task The_queue_shows_the_newest_prescriptions_first_unless_asked_for_the_oldest()
    {
        var newest = await QueueAsync(null);
        var oldest = await QueueAsync(null, order: PrescriptionQueueOrder.OldestFirst);
        var everything = await QueueAsync(null, pageSize: PageRequest.MaxPageSize);

        Assert.Equal(newest.Items.Select(rx => rx.RxNumber).OrderDescending(), newest.Items.Select(rx => rx.RxNumber));
        Assert.Equal(7_000_001, oldest.Items[0].RxNumber);
        Assert.True(newest.Items[0].RxNumber > oldest.Items[^1].RxNumber);
        Assert.Equal(everything.Items.Max(rx => rx.RxNumber), newest.Items[0].RxNumber);
        foreach (var query in PrescriptionQueries())
        {
            QueryPlanAssert.ReadsInIndexOrder(query.PlanOn(Connection), PrescriptionsTable);
        }
    }

    [Fact]
    public async Task Newest_first_is_as_cheap_as_oldest_first_for_a_status()
    {
        _ = await _db.Prescriptions.AsNoTracking().Where(p => p.Status == PrescriptionStatus.Received)
            .OrderByDescending(p => p.RxNumber).Take(PageRequest.DefaultPageSize).Select(p => p.RxNumber).ToListAsync();
        _ = await _db.Prescriptions.AsNoTracking()
            .OrderByDescending(p => p.RxNumber).Take(PageRequest.DefaultPageSize).Select(p => p.RxNumber).ToListAsync();

        foreach (var query in PrescriptionQueries())
        {
            QueryPlanAssert.ReadsInIndexOrder(query.PlanOn(Connection), PrescriptionsTable);
        }
    }

    [Theory]
    [InlineData(ClarificationFilter.Open, null)]
    [InlineData(ClarificationFilter.Answered, null)]
    [InlineData(ClarificationFilter.All, null)]
    [InlineData(ClarificationFilter.Open, "alvarado")]
    [InlineData(ClarificationFilter.All, "1990-01-05")]
    public async Task The_clarification_queue_searches_the_same_way_and_reads_only_prescriptions_that_had_a_question(
        ClarificationFilter filter, string? search)
    {
        var found = await new GetClarificationsHandler(_db).Handle(new GetClarifications(search, filter), CancellationToken.None);

        Assert.NotEmpty(found.Items);
        Assert.All(found.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Question)));
        if (search is not null)
        {
            Assert.Equal("Alvarado-Diaz, Marta", Assert.Single(found.Items).PatientName);
        }

        Assert.All(PrescriptionQueries(), query => QueryPlanAssert.NeverScansTheTable(query.PlanOn(Connection), PrescriptionsTable));
    }

    private SqliteConnection Connection => (SqliteConnection)_db.Database.GetDbConnection();

    private async Task<PagedResult<PrescriptionSummary>> QueueAsync(
        string? search, PrescriptionStatus? status = null, int page = 1, int pageSize = PageRequest.DefaultPageSize,
        PrescriptionQueueOrder order = PrescriptionQueueOrder.NewestFirst) =>
        await new GetPrescriptionsHandler(_db).Handle(new GetPrescriptions(search, status, page, pageSize, order), CancellationToken.None);

    /// <summary>The statements that read the prescriptions table (not the small prescriber and formula look-ups).</summary>
    private IReadOnlyList<RecordedQuery> PrescriptionQueries()
    {
        var queries = _recorder.Queries.Where(query => query.Sql.Contains("FROM \"prescriptions\" AS \"p\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(queries);
        return queries;
    }

    private void AssertEverySearchSeeks()
    {
        foreach (var query in PrescriptionQueries())
        {
            QueryPlanAssert.Seeks(query.PlanOn(Connection), PrescriptionsTable);
        }
    }

    private Prescription Receive(PatientDetails patient, Prescriber prescriber, Domain.Formulas.OrderableFormula? formula = null)
    {
        formula ??= RxFaker.NaltrexoneCapsules;
        var prescription = Prescription.Receive(
            _rxNumber++, patient, prescriber, RxFaker.Licensed, prescriber.Npi, formula.Code, formula, RxFaker.Capsules, "Take 1 capsule by mouth at bedtime.",
            RxFaker.DaysSupply, 2, RxFaker.Today.AddDays(-2), IntakeChannel.Api, $"ext-{_rxNumber}", RxFaker.Now.AddHours(-3), PrescribingLimits.Federal);
        _db.Prescriptions.Add(prescription);
        return prescription;
    }

    private PrescriptionsDbContext Open()
    {
        var options = new DbContextOptionsBuilder<PrescriptionsDbContext>();
        ModuleDatabase.Configure(
            options, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqliteDirectory = _folder }, new ConfigurationBuilder().Build(),
            PrescriptionsDbContext.SchemaName);
        options.AddInterceptors(_recorder);
        return new PrescriptionsDbContext(options.Options);
    }
}
