namespace Pharmacy.Shared.Infrastructure;

/// <summary>
/// A module's share of the demonstration data, created on first start when Demo:Data is true (the default in
/// Development). Each seeder checks whether its data is already there, so restarting changes nothing.
/// Seeders run in Order, after every migration, through the module's own commands or DbContext.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    /// <summary>
    /// The pharmacy's catalog (formulas, inventory items and lots, prices) rather than its customers and work
    /// (providers, patients, prescriptions): seeded on its own when Demo:Catalog is on.
    /// </summary>
    bool IsCatalog { get; }

    Task SeedAsync(DemoDataContext context, CancellationToken cancellationToken);
}

/// <summary>What every seeder shares: a fixed random seed (the same demo every time) and the current time.</summary>
public sealed record DemoDataContext(int RandomSeed, DateTimeOffset Now);
