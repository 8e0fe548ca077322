using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Persistence.Tests;

public sealed class PendingModelChangesTests
{
    [Theory]
    [MemberData(nameof(ModuleUnderTest.All), MemberType = typeof(ModuleUnderTest))]
    public void The_model_has_no_pending_changes_on_Sqlite(ModuleUnderTest module) =>
        AssertNoPendingChanges(module, DatabaseProvider.Sqlite);

    [Theory]
    [MemberData(nameof(ModuleUnderTest.All), MemberType = typeof(ModuleUnderTest))]
    public void The_model_has_no_pending_changes_on_SqlServer(ModuleUnderTest module) =>
        AssertNoPendingChanges(module, DatabaseProvider.SqlServer);

    private static void AssertNoPendingChanges(ModuleUnderTest module, DatabaseProvider provider)
    {
        using var context = module.AtDesignTime(provider);
        var missingSnapshot = context.GetService<IMigrationsAssembly>().ModelSnapshot is null
            ? $" Note: there is no {provider} model snapshot in {ProviderMigrationsAssembly.NamespaceFor(module.ContextType, provider)}, " +
              "so every table counts as a change; restore the snapshot first, or the new migration creates every table again."
            : "";

        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"The {module.Name} model has changes that no {provider} migration captures. " +
            $"Run `scripts/add-migration.sh <Name> {module.Name}` (it adds the migration for both providers).{missingSnapshot}");
    }
}
