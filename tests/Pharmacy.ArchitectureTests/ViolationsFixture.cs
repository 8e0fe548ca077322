using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Pharmacy.ArchitectureTests;

/// <summary>
/// Pharmacy.ArchitectureTests.Violations, which breaks every rule on purpose. The shared kernel and infrastructure
/// are loaded too, because the schema rule selects subclasses of ModuleDbContext.
/// </summary>
internal static class ViolationsFixture
{
    public static ModuleLayout Layout { get; } = new("Violations.Modules", ["Alpha", "Beta"]);

    public static Architecture Architecture => LazyArchitecture.Value;

    private static readonly Lazy<Architecture> LazyArchitecture = new(() => new ArchLoader().LoadAssemblies(
        typeof(Violations.Modules.Alpha.ShipmentPlanner).Assembly,
        typeof(Pharmacy.Shared.Kernel.AggregateRoot).Assembly,
        typeof(Pharmacy.Shared.Infrastructure.Persistence.ModuleDbContext).Assembly).Build());
}
