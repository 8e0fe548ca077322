using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Modules.Billing.Domain;
using Pharmacy.Modules.Billing.Domain.Agreements;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Domain.Formulas;
using Pharmacy.Modules.Billing.Domain.Prices;

namespace Pharmacy.Modules.Billing.Persistence;

/// <summary>The Billing module's database: schema <c>billing</c> on SQL Server, <c>billing.db</c> on SQLite.</summary>
public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "billing";

    public override string Schema => SchemaName;

    public DbSet<Charge> Charges => Set<Charge>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<FormulaPrice> FormulaPrices => Set<FormulaPrice>();

    public DbSet<BillableFormula> Formulas => Set<BillableFormula>();

    public DbSet<AccountAgreement> AccountAgreements => Set<AccountAgreement>();

    public DbSet<ProviderOrganisation> ProviderOrganisations => Set<ProviderOrganisation>();

    protected override IEnumerable<System.Reflection.Assembly> DomainAssemblies => [typeof(BillingDomainAssembly).Assembly];

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDbContext).Assembly);
}

internal sealed class BillingDesignTimeFactory : ModuleDesignTimeFactory<BillingDbContext>
{
    protected override string Schema => BillingDbContext.SchemaName;

    protected override BillingDbContext Create(DbContextOptions<BillingDbContext> options) => new(options);
}
