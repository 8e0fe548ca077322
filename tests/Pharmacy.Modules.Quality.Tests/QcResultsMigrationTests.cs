using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Shared.Infrastructure.Persistence;
using static Pharmacy.Modules.Quality.Tests.BatchFaker;

namespace Pharmacy.Modules.Quality.Tests;

/// <summary>A database kept from before results had their own rows: each check's one result becomes its first result, nothing is lost.</summary>
public sealed class QcResultsMigrationTests : IDisposable
{
    private const string BeforeResultRows = "20261129101916_BatchRelease";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"quality-migration-{Guid.NewGuid():N}");

    [Fact]
    public void A_result_recorded_before_the_upgrade_is_the_first_result_of_its_check_and_a_new_one_is_a_retest()
    {
        var id = Guid.NewGuid();
        using (var before = Context())
        {
            before.GetService<IMigrator>().Migrate(BeforeResultRows);
            var task = id.ToString().ToUpperInvariant();
            before.Database.ExecuteSqlRaw(
                """
                INSERT INTO release_tasks (id, batch_id, batch_number, formula_code, formula_name, formula_version, quantity, unit, beyond_use_date,
                    bud_limited_by, storage, prepared_by, checked_by, compounded_at, fill_ids, status, opened_at, checks_with_result, checks_passed,
                    latest_result, version, lots)
                VALUES ({0}, {1}, 'B100234', 'OMEP-2MGML-SUSP', 'Omeprazole 2 mg/mL oral suspension', 1, '150.0', 'mL', '2026-12-14 09:00:00+00:00',
                    'UspLimit', 'Refrigerator', 'Ana Ruiz', 'Dana Whitfield, PharmD', '2026-11-30 07:00:00+00:00', '[]', 'Open',
                    '2026-11-30 08:00:00+00:00', 2, 1, 'Potency: 87% of label (Fail)', 3, '[]');
                """,
                task, Guid.NewGuid().ToString().ToUpperInvariant());
            before.Database.ExecuteSqlRaw(
                """
                INSERT INTO release_task_checks (release_task_id, sequence, name, specification, result, percent_of_label, outcome, recorded_by, recorded_at)
                VALUES ({0}, 1, 'Appearance', 'Uniform white suspension', 'Uniform white suspension', NULL, 'Pass', 'Priya Raman, QA', '2026-11-30 08:30:00+00:00'),
                       ({0}, 2, 'pH', 'pH 9.0-10.0', NULL, NULL, NULL, NULL, NULL),
                       ({0}, 3, 'Potency', '90-110% of label', '87', '87.0', 'Fail', 'Priya Raman, QA', '2026-11-30 08:40:00+00:00');
                """,
                task);
        }

        using var after = Context();
        after.Database.Migrate();
        var upgraded = after.ReleaseTasks.Single(task => task.Id == ReleaseTaskId.From(id));

        Assert.Equal(
            [(1, 1, "Uniform white suspension", (decimal?)null, QcOutcome.Pass, false), (3, 1, "87", 87m, QcOutcome.Fail, false)],
            upgraded.Results.OrderBy(r => r.CheckSequence).Select(r => (r.CheckSequence, r.Sequence, r.Result, r.Value, r.Outcome, r.IsRetest)));
        Assert.Equal("Priya Raman, QA", upgraded.Results[0].RecordedBy);
        Assert.All(upgraded.Checks, check => Assert.Equal(QcMeasure.PassFail, check.Measure));
        Assert.Equal([QcOutcome.Pass, null, QcOutcome.Fail], upgraded.Checks.OrderBy(c => c.Sequence).Select(check => check.Outcome));

        upgraded.RecordResult(Potency, "98", outcome: null, "Priya Raman, QA", Now);
        var retest = upgraded.Standings.Single(check => check.Name == Potency).Latest!;
        Assert.Equal((2, true, QcOutcome.Pass), (retest.Sequence, retest.IsRetest, retest.Outcome));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private QualityDbContext Context()
    {
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqliteDirectory = _folder };
        var options = new DbContextOptionsBuilder<QualityDbContext>();
        ModuleDatabase.Configure(options, database, new ConfigurationBuilder().Build(), QualityDbContext.SchemaName);
        return new QualityDbContext(options.Options);
    }
}
