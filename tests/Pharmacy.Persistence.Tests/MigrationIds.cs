using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Persistence.Tests;

/// <summary>
/// The ids of a module's migrations for one provider, read from its assembly by reflection: an oracle that does not
/// go through <see cref="ProviderMigrationsAssembly"/>, which is what is under test.
/// </summary>
internal static class MigrationIds
{
    public static IReadOnlySet<string> Of(ModuleUnderTest module, DatabaseProvider provider)
    {
        var ns = ProviderMigrationsAssembly.NamespaceFor(module.ContextType, provider);
        return module.ContextType.Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Migration)) && type.Namespace == ns)
            .Where(type => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == module.ContextType)
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()!.Id)
            .ToHashSet();
    }
}
