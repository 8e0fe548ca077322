#pragma warning disable EF1001 // MigrationsAssembly is EF's own implementation; we only narrow what it finds.
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// Each module keeps two sets of migrations in its own assembly, Migrations/Sqlite and Migrations/SqlServer,
/// both for the same DbContext. EF Core would see both sets; this keeps the ones of the provider in use, by namespace.
/// </summary>
public sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private readonly DbContext _context = currentContext.Context;
    private readonly string _providerNamespace = ".Migrations." + (currentContext.Context.Database.IsSqlServer() ? "SqlServer" : "Sqlite");
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotResolved;

    public static string NamespaceFor(Type contextType, DatabaseProvider provider) =>
        $"{contextType.Namespace}.Migrations.{provider}";

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations
            .Where(migration => InProviderNamespace(migration.Value))
            .ToDictionary(migration => migration.Key, migration => migration.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotResolved)
            {
                var contextType = _context.GetType();
                var snapshotType = Assembly.DefinedTypes
                    .Where(type => !type.IsAbstract && type.IsSubclassOf(typeof(ModelSnapshot)) && InProviderNamespace(type))
                    .FirstOrDefault(type => type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType);
                _snapshot = snapshotType is null ? null : (ModelSnapshot)Activator.CreateInstance(snapshotType.AsType())!;
                _snapshotResolved = true;
            }

            return _snapshot;
        }
    }

    private bool InProviderNamespace(TypeInfo type) =>
        type.Namespace is { } ns && ns.EndsWith(_providerNamespace, StringComparison.Ordinal);
}
