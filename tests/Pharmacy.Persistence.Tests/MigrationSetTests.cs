using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Persistence.Tests;

public sealed class MigrationSetTests
{
    [Theory]
    [MemberData(nameof(ModuleUnderTest.All), MemberType = typeof(ModuleUnderTest))]
    public void The_SQL_Server_migrations_are_kept_apart_from_the_SQLite_ones(ModuleUnderTest module)
    {
        var sqlServer = MigrationsSeenBy(module, DatabaseProvider.SqlServer);
        var sqlite = MigrationsSeenBy(module, DatabaseProvider.Sqlite);

        Assert.NotEmpty(sqlServer);
        Assert.NotEmpty(sqlite);
        Assert.Empty(sqlServer.Intersect(sqlite));
    }

    [Theory]
    [MemberData(nameof(ModuleUnderTest.All), MemberType = typeof(ModuleUnderTest))]
    public void Each_provider_has_a_model_snapshot_of_its_own(ModuleUnderTest module)
    {
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            using var context = module.AtDesignTime(provider);
            var snapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot;

            Assert.True(
                snapshot is not null,
                $"{module.Name} has no {provider} model snapshot in {ProviderMigrationsAssembly.NamespaceFor(module.ContextType, provider)}, " +
                $"so the next {provider} migration would create every table again.");
            Assert.Equal(ProviderMigrationsAssembly.NamespaceFor(module.ContextType, provider), snapshot.GetType().Namespace);
        }
    }

    /// <summary>The migrations a context on this provider would apply, after checking that each is of that provider.</summary>
    private static IReadOnlyList<string> MigrationsSeenBy(ModuleUnderTest module, DatabaseProvider provider)
    {
        using var context = module.AtDesignTime(provider);
        var migrationsAssembly = context.GetService<IMigrationsAssembly>();
        var ns = ProviderMigrationsAssembly.NamespaceFor(module.ContextType, provider);

        Assert.All(migrationsAssembly.Migrations.Values, type => Assert.Equal(ns, type.Namespace));

        var ids = context.Database.GetMigrations().ToList();
        Assert.Equal(MigrationIds.Of(module, provider).Order(), ids.Order());
        return ids;
    }
}
