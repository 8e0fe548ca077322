using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pharmacy.Modules.Compounding.Domain.Batches;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Features.GetBatches;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Testing;

namespace Pharmacy.Modules.Compounding.Tests;

/// <summary>
/// The batch queue finds a batch by its number (or the start of it: a day's batches) and by formula code or name, newest
/// first, and SQLite answers each of those statements, and the default and status pages, from an index.
/// </summary>
public sealed class BatchQueueSearchTests : IAsyncLifetime
{
    private const int Days = 12;
    private const int BatchesPerDay = 4;
    private static readonly string[] Batches = ["b", "batches"];
    private const string GelCode = "KETO-10-PLO";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pharmacy-batch-search-tests", Guid.NewGuid().ToString("N"));
    private readonly QueryRecorder _recorder = new();
    private CompoundingDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _db = Open();
        await _db.Database.MigrateAsync();
        var capsules = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule);
        var gel = TestFormulas.Approved(TestFormulas.NaltrexoneCapsule with { Code = GelCode, Name = "Ketoprofen 10% topical gel (PLO)" });
        _db.Formulas.AddRange(capsules, gel);
        var rxNumber = 7_000_001L;
        for (var day = 0; day < Days; day++)
        {
            var plannedOn = TestFormulas.Now.AddDays(day - Days);
            for (var n = 0; n < BatchesPerDay; n++)
            {
                var formula = n == 0 ? gel : capsules;
                var number = BatchNumbers.Next(DateOnly.FromDateTime(plannedOn.UtcDateTime), n == 0 ? null : $"{BatchNumbers.PrefixFor(DateOnly.FromDateTime(plannedOn.UtcDateTime))}{n:000}");
                _db.Batches.Add(Batch.Plan(number, formula.Code, formula, new BatchFill(Guid.CreateVersion7(), rxNumber++, 0, 30), plannedOn.AddHours(n)));
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

    [Fact]
    public async Task A_batch_number_finds_that_batch_and_the_start_of_one_finds_the_days_batches()
    {
        var newest = (await QueueAsync(null)).Items[0];
        var day = newest.BatchNumber[..7];
        _recorder.Clear();

        Assert.Equal(newest.BatchNumber, Assert.Single((await QueueAsync(newest.BatchNumber.ToLowerInvariant())).Items).BatchNumber);
        var ofTheDay = await QueueAsync(day);
        Assert.Equal(BatchesPerDay, ofTheDay.TotalCount);
        Assert.All(ofTheDay.Items, batch => Assert.StartsWith(day, batch.BatchNumber, StringComparison.Ordinal));
        AssertSearchesSeek();
    }

    [Theory]
    [InlineData(GelCode)]
    [InlineData("keto")]
    [InlineData("ketoprofen")]
    public async Task A_formula_code_or_name_lists_that_formulas_batches_newest_first(string search)
    {
        var found = await QueueAsync(search);

        Assert.Equal(Days, found.TotalCount);
        Assert.All(found.Items, batch => Assert.Equal(GelCode, batch.FormulaCode));
        Assert.Equal(found.Items.Select(batch => batch.PlannedAt).OrderDescending(), found.Items.Select(batch => batch.PlannedAt));
        AssertSearchesSeek();
    }

    [Fact]
    public async Task A_term_that_is_neither_a_batch_number_nor_a_formula_finds_nothing()
    {
        Assert.Empty((await QueueAsync("zzz")).Items);
    }

    [Fact]
    public async Task The_first_page_a_status_and_a_deep_page_are_read_newest_first_from_an_index()
    {
        var first = await QueueAsync(null);
        _ = await QueueAsync(null, BatchStatus.Planned);
        var deep = await QueueAsync(null, BatchStatus.Planned, page: 3, pageSize: 10);

        Assert.Equal(first.Items.Select(batch => batch.PlannedAt).OrderDescending(), first.Items.Select(batch => batch.PlannedAt));
        Assert.NotEmpty(deep.Items);
        foreach (var query in BatchQueries())
        {
            QueryPlanAssert.ReadsInIndexOrder(query.PlanOn(Connection), Batches);
        }
    }

    private SqliteConnection Connection => (SqliteConnection)_db.Database.GetDbConnection();

    private async Task<PagedResult<BatchSummary>> QueueAsync(string? search, BatchStatus? status = null, int page = 1, int pageSize = PageRequest.DefaultPageSize) =>
        await new GetBatchesHandler(_db).Handle(new GetBatches(search, status, page, pageSize), CancellationToken.None);

    private IReadOnlyList<RecordedQuery> BatchQueries()
    {
        var queries = _recorder.Queries.Where(query => query.Sql.Contains("FROM \"batches\" AS \"b\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(queries);
        return queries;
    }

    private void AssertSearchesSeek()
    {
        foreach (var query in BatchQueries())
        {
            QueryPlanAssert.Seeks(query.PlanOn(Connection), Batches);
        }
    }

    private CompoundingDbContext Open()
    {
        var options = new DbContextOptionsBuilder<CompoundingDbContext>();
        ModuleDatabase.Configure(
            options, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqliteDirectory = _folder }, new ConfigurationBuilder().Build(),
            CompoundingDbContext.SchemaName);
        options.AddInterceptors(_recorder);
        return new CompoundingDbContext(options.Options);
    }
}
