using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain;
using Pharmacy.Modules.Portal.Domain.Invoices;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Domain.Notifications;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Portal.Persistence;

/// <summary>The portal's database: schema <c>portal</c> on SQL Server, <c>portal.db</c> on SQLite.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "portal";

    public override string Schema => SchemaName;

    public DbSet<PortalOrder> Orders => Set<PortalOrder>();

    public DbSet<OrderMessage> Messages => Set<OrderMessage>();

    public DbSet<PortalNotification> Notifications => Set<PortalNotification>();

    public DbSet<OrderCharge> Charges => Set<OrderCharge>();

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(PortalDomainAssembly).Assembly];

    protected override IReadOnlyCollection<NumberSequence> NumberSequences => [OrderNumbers.Sequence];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
}

internal sealed class PortalDesignTimeFactory : ModuleDesignTimeFactory<PortalDbContext>
{
    protected override string Schema => PortalDbContext.SchemaName;

    protected override PortalDbContext Create(DbContextOptions<PortalDbContext> options) => new(options);
}
