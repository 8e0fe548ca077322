using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Persistence.Tests;

public sealed class LiveSqlServerTests(ITestOutputHelper output)
{
    [SqlServerFact]
    public void Every_module_migrates_into_its_own_schema_on_a_real_SQL_Server()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{ModuleDatabase.ConnectionStringName}"] = SqlServerFactAttribute.ConnectionString,
            })
            .Build();
        var database = new DatabaseOptions { Provider = DatabaseProvider.SqlServer };

        foreach (var module in ModuleUnderTest.Modules)
        {
            using var context = module.On(database, configuration);
            context.Database.Migrate();

            var tables = context.Database
                .SqlQuery<string>($"SELECT TABLE_NAME AS Value FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = {module.Schema}")
                .ToHashSet();
            output.WriteLine($"{module.Schema}: {string.Join(", ", tables.Order())}");
            Assert.All(context.Model.GetRelationalModel().Tables, table => Assert.Contains(table.Name, tables));
            Assert.Contains("outbox_messages", tables);
            Assert.Contains("inbox_messages", tables);
            Assert.Contains(ModuleDatabase.MigrationsHistoryTable, tables);
            Assert.Equal(context.Database.GetMigrations(), context.Database.GetAppliedMigrations());
        }
    }
}
