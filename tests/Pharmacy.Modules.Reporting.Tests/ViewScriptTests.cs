using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Pharmacy.Modules.Reporting.Persistence;
using Pharmacy.Modules.Reporting.ReadModels;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Reporting.Tests;

/// <summary>No SQL Server runs here: the view's T-SQL is checked by the parser, offline.</summary>
public sealed class ViewScriptTests
{
    [Fact]
    public void The_SQL_Server_view_is_valid_T_SQL_in_the_reporting_schema()
    {
        var fragment = Parse(RxTurnaroundView.SqlServerDefinition(), out var errors);

        Assert.Empty(errors);
        var view = Assert.IsType<CreateViewStatement>(Assert.Single(Assert.IsType<TSqlScript>(fragment).Batches).Statements.Single());
        Assert.Equal((ReportingDbContext.SchemaName, RxTurnaroundView.Name), (view.SchemaObjectName.SchemaIdentifier.Value, view.SchemaObjectName.BaseIdentifier.Value));
    }

    [Fact]
    public void The_SQL_Server_migrations_create_the_view_and_parse_as_T_SQL()
    {
        using var db = new ReportingDbContext(ModuleDesignTimeFactory<ReportingDbContext>.Options(DatabaseProvider.SqlServer, ReportingDbContext.SchemaName));

        var script = db.GetService<IMigrator>().GenerateScript();

        Parse(script, out var errors);
        Assert.Empty(errors);
        Assert.Contains($"EXEC(N'CREATE VIEW [{ReportingDbContext.SchemaName}].[{RxTurnaroundView.Name}]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_view_maps_to_the_reporting_schema_and_is_left_out_of_the_tables()
    {
        using var db = new ReportingDbContext(ModuleDesignTimeFactory<ReportingDbContext>.Options(DatabaseProvider.SqlServer, ReportingDbContext.SchemaName));

        var view = db.Model.FindEntityType(typeof(RxTurnaroundViewRow))!;

        Assert.Equal((RxTurnaroundView.Name, ReportingDbContext.SchemaName), (view.GetViewName(), view.GetViewSchema()));
        Assert.Null(view.GetTableName());
        Assert.DoesNotContain(db.Model.GetRelationalModel().Tables, table => table.Name == RxTurnaroundView.Name);
    }

    [Fact]
    public void Rolling_the_SQLite_migration_back_drops_the_view_with_its_tables()
    {
        using var database = ReportingDatabase.Migrated();
        using var db = database.Open();
        var migrations = db.Database.GetMigrations().ToList();
        var created = migrations.FindIndex(migration => migration.EndsWith("_RxTurnaroundReadModel", StringComparison.Ordinal));

        Assert.Contains(RxTurnaroundView.Name, SqliteObjects(db, "view"));
        db.GetService<IMigrator>().Migrate(migrations[created - 1]);

        Assert.DoesNotContain(RxTurnaroundView.Name, SqliteObjects(db, "view"));
        Assert.DoesNotContain("rx_turnaround", SqliteObjects(db, "table"));
        Assert.DoesNotContain("prescriptions_received", SqliteObjects(db, "table"));
    }

    [Fact]
    public void Rolling_back_the_cancellations_gives_the_first_view_again_and_migrating_forward_brings_the_column_back()
    {
        using var database = ReportingDatabase.Migrated();
        using var db = database.Open();
        var migrations = db.Database.GetMigrations().ToList();
        var cancellations = migrations.FindIndex(migration => migration.EndsWith("_FillCancellations", StringComparison.Ordinal));
        var migrator = db.GetService<IMigrator>();

        migrator.Migrate(migrations[cancellations - 1]);
        Assert.Contains(RxTurnaroundView.Name, SqliteObjects(db, "view"));
        Assert.DoesNotContain("cancelled_at", ViewColumns(db));
        migrator.Migrate();

        Assert.Contains("cancelled_at", ViewColumns(db));
    }

    private static List<string> ViewColumns(ReportingDbContext db) =>
        [.. db.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info({RxTurnaroundView.Name})")];

    private static List<string> SqliteObjects(ReportingDbContext db, string type) =>
        [.. db.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = {type}")];

    private static TSqlFragment Parse(string sql, out IList<ParseError> errors) =>
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out errors);
}
