using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Modules.ProviderCrm.Domain;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Domain.Documents;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;

namespace Pharmacy.Modules.ProviderCrm.Persistence;

/// <summary>The Provider CRM module's database: schema <c>crm</c> on SQL Server, <c>crm.db</c> on SQLite.</summary>
public sealed class ProviderCrmDbContext(DbContextOptions<ProviderCrmDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "crm";

    public override string Schema => SchemaName;

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PricingAgreement> PricingAgreements => Set<PricingAgreement>();

    public DbSet<AccountDocument> Documents => Set<AccountDocument>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();

    public DbSet<GiftLogEntry> GiftLog => Set<GiftLogEntry>();

    public DbSet<PrescribingActivity> PrescribingActivity => Set<PrescribingActivity>();

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(ProviderCrmDomainAssembly).Assembly];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProviderCrmDbContext).Assembly);
}

internal sealed class ProviderCrmDesignTimeFactory : ModuleDesignTimeFactory<ProviderCrmDbContext>
{
    protected override string Schema => ProviderCrmDbContext.SchemaName;

    protected override ProviderCrmDbContext Create(DbContextOptions<ProviderCrmDbContext> options) => new(options);
}
