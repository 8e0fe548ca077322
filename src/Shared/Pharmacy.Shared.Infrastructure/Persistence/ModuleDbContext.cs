using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// The base of every module's DbContext: the module's schema, its outbox and inbox tables, snake_case names,
/// typed id conversions, optimistic concurrency on aggregates, and time stored so that SQLite can compare it.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's schema on SQL Server; also the SQLite file name.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Who is acting and in which act; set by the unit of work. Changes saved without it are the system's.</summary>
    public AuditContext? AuditContext { get; set; }

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The name of the query filter that keeps a portal user or partner key to its organisation's records.</summary>
    public const string OrganisationFilter = "organisation";

    private ICurrentOrganisation? _organisation;

    /// <summary>
    /// The organisation the request's actor is bound to (ADR 0017), read once per context from the request's services;
    /// a context made outside a request (tests, tools, message handlers) is not restricted.
    /// </summary>
    private Guid? OrganisationScope => (_organisation ??= this.GetService<IDbContextOptions>()
        .FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<ICurrentOrganisation>()
        ?? UnrestrictedOrganisation.Instance).RestrictedTo;

    /// <summary>True once an integration event was added and until the relay has been told about it.</summary>
    internal bool HasUnannouncedOutboxMessages { get; set; }

    /// <summary>Queues an integration event to leave through this module's outbox when the transaction commits.</summary>
    public void AddIntegrationEvent(IIntegrationEvent integrationEvent)
    {
        OutboxMessages.Add(OutboxMessage.From(integrationEvent));
        HasUnannouncedOutboxMessages = true;
    }

    /// <summary>
    /// True while a unit of work (a command's, or an inbox delivery's) is open on this context: a command sent inside it
    /// joins it, and its owner saves once at its end.
    /// </summary>
    internal bool InUnitOfWork { get; set; }

    /// <summary>
    /// Saves in one short transaction of its own (only the inserts and updates hold SQLite's write lock), after this
    /// process's earlier writers to the same file (<see cref="SqliteWriteGate"/>). A row that a unique index refuses
    /// because a concurrent change saved it first is a <see cref="ConcurrentInsertException"/>.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareRegulatedChanges();
        if (!ChangeTracker.HasChanges())
        {
            return 0;
        }

        using var turn = SqliteWriteGate.Enter(this);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException refused) when (refused is not DbUpdateConcurrencyException && refused.IsUniqueViolation())
        {
            throw new ConcurrentInsertException(refused);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareRegulatedChanges();
        if (!ChangeTracker.HasChanges())
        {
            return 0;
        }

        using var turn = await SqliteWriteGate.EnterAsync(this, cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException refused) when (refused is not DbUpdateConcurrencyException && refused.IsUniqueViolation())
        {
            throw new ConcurrentInsertException(refused);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.AddTypedIdConversions(DomainAssemblies.Append(GetType().Assembly));
        configurationBuilder.AddUnitOfMeasureConversion();
        if (Database.IsSqlite())
        {
            // SQLite has no date type; an ISO-8601 UTC string sorts and compares correctly and stays readable.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetToStringConverter>();
        }
    }

    /// <summary>Assemblies whose typed ids this context maps (its module's Domain, normally).</summary>
    protected virtual IEnumerable<System.Reflection.Assembly> DomainAssemblies => [];

    /// <summary>The module's number sequences (Rx numbers), taken through <see cref="NumberBlocks{TContext}"/>.</summary>
    protected virtual IReadOnlyCollection<NumberSequence> NumberSequences => [];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        ConfigureModule(modelBuilder);
        FilterByOrganisation(modelBuilder);
        NumberSequence.Configure(modelBuilder, Schema, Database.IsSqlServer(), NumberSequences);

        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(type => typeof(AggregateRoot).IsAssignableFrom(type.ClrType)))
        {
            modelBuilder.Entity(aggregate.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
        }

        SnakeCaseNames.Apply(modelBuilder);
    }

    /// <summary>
    /// The one place where a portal user's or a partner key's reach is decided: every record that carries its owning
    /// organisation is filtered by the actor's organisation in every query of every module, so that a record of another
    /// organisation is as unknown as a made-up id (404, never 403). Handlers never repeat it.
    /// </summary>
    private void FilterByOrganisation(ModelBuilder modelBuilder)
    {
        var scope = Expression.Property(
            Expression.Constant(this),
            typeof(ModuleDbContext).GetProperty(nameof(OrganisationScope), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!);
        foreach (var owned in modelBuilder.Model.GetEntityTypes()
                     .Where(type => type.BaseType is null && !type.IsOwned() && typeof(IOrganisationOwned).IsAssignableFrom(type.ClrType)).ToList())
        {
            var record = Expression.Parameter(owned.ClrType, "record");
            var filter = Expression.OrElse(
                Expression.Equal(scope, Expression.Constant(null, typeof(Guid?))),
                Expression.Equal(Expression.Property(record, nameof(IOrganisationOwned.OrganisationId)), scope));
            modelBuilder.Entity(owned.ClrType).HasQueryFilter(OrganisationFilter, Expression.Lambda(filter, record));
        }
    }

    /// <summary>The module's own entity configurations.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    /// <summary>
    /// Every changed aggregate gets a new version and an audit entry in the same save. An aggregate counts as changed
    /// when any of its parts did (a fill of a prescription, a payment of a charge): the commands read before the write
    /// transaction, so the version is what tells a concurrent change of the same aggregate, and the later save fails.
    /// </summary>
    private void PrepareRegulatedChanges()
    {
        ChangeTracker.DetectChanges();
        var audit = AuditTrail.Collect(this, AuditContext ?? AuditContext.System("SystemChange"), Clock.GetUtcNow());
        foreach (var aggregate in ChangedAggregates())
        {
            aggregate.IncrementVersion();
        }

        AuditEntries.AddRange(audit);
    }

    private List<AggregateRoot> ChangedAggregates()
    {
        var aggregates = ChangeTracker.Entries<AggregateRoot>().ToList();
        var changed = aggregates.Where(entry => entry.State == EntityState.Modified).Select(entry => entry.Entity).ToList();
        var unchanged = aggregates.Where(entry => entry.State == EntityState.Unchanged).ToList();
        if (unchanged.Count == 0)
        {
            return changed;
        }

        foreach (var part in ChangeTracker.Entries().Where(entry => entry.Entity is not AggregateRoot
            && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            foreach (var key in part.Metadata.GetForeignKeys().Where(key => typeof(AggregateRoot).IsAssignableFrom(key.PrincipalEntityType.ClrType)))
            {
                var values = key.Properties
                    .Select(property => part.State == EntityState.Deleted ? part.OriginalValues[property] : part.CurrentValues[property])
                    .ToList();
                var owner = unchanged.FirstOrDefault(entry => entry.Metadata.ClrType == key.PrincipalEntityType.ClrType
                    && key.PrincipalKey.Properties.Select(property => entry.CurrentValues[property]).SequenceEqual(values));
                if (owner is not null && !changed.Contains(owner.Entity))
                {
                    changed.Add(owner.Entity);
                }
            }
        }

        return changed;
    }
}
