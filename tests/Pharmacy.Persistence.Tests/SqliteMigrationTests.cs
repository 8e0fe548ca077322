using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Persistence.Tests;

public sealed class SqliteMigrationTests
{
    [Theory]
    [MemberData(nameof(ModuleUnderTest.All), MemberType = typeof(ModuleUnderTest))]
    public void The_SQLite_migrations_create_a_database_that_matches_the_model(ModuleUnderTest module)
    {
        using var folder = new TemporaryFolder();
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqliteDirectory = folder.Path };
        using (var context = module.On(database, new ConfigurationBuilder().Build()))
        {
            context.Database.Migrate();

            var tables = context.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToHashSet();
            Assert.Contains("outbox_messages", tables);
            Assert.Contains("inbox_messages", tables);
            foreach (var table in context.Model.GetRelationalModel().Tables)
            {
                Assert.Contains(table.Name, tables);
                // table_xinfo also lists generated columns (the queue's search keys), which table_info leaves out.
                var columns = context.Database.SqlQuery<string>($"SELECT name AS Value FROM pragma_table_xinfo({table.Name})").ToHashSet();
                Assert.Equal(table.Columns.Select(column => column.Name).Order(), columns.Order());
            }

            var applied = context.Database.GetAppliedMigrations().ToList();
            Assert.NotEmpty(applied);
            Assert.Equal(context.Database.GetMigrations(), applied);
            Assert.Equal(MigrationIds.Of(module, DatabaseProvider.Sqlite).Order(), applied.Order());
            Assert.Empty(applied.Intersect(MigrationIds.Of(module, DatabaseProvider.SqlServer)));
        }

        Assert.True(File.Exists(ModuleDatabase.SqliteFilePath(database, module.Schema)), $"{module.Schema}.db was not created in the SQLite folder.");
    }
}
