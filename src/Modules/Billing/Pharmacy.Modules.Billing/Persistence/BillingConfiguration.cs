using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Billing.Domain.Agreements;
using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Billing.Domain.Formulas;
using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Billing.Persistence;

// Money columns are decimal(12,2) (prices per unit (12,4)). SQLite keeps decimals as text and cannot add or order them
// in SQL, so totals are summed in memory after filtering, and lists order by date, never by amount.
internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    public void Configure(EntityTypeBuilder<Charge> builder)
    {
        builder.ToTable("charges");
        builder.HasKey(charge => charge.Id);
        // A fill is charged once: a second FillDispensed for the same fill finds this row.
        builder.HasIndex(charge => charge.FillId).IsUnique();
        builder.HasIndex(charge => charge.RxNumber);
        builder.Property(charge => charge.FormulaCode).HasMaxLength(40).IsRequired();
        builder.Property(charge => charge.Quantity).HasPrecision(12, 3);
        builder.Property(charge => charge.Unit).HasMaxLength(20);
        builder.HasIndex(charge => charge.PricingAgreementId);
        // The three amounts share the row's one currency column.
        builder.ComplexProperty(charge => charge.UnitPrice).OnColumns("unit_price", 12, 4);
        builder.ComplexProperty(charge => charge.Amount).OnColumns("amount", 12, 2);
        builder.ComplexProperty(charge => charge.AmountPaid).OnColumns("amount_paid", 12, 2);
        builder.Ignore(charge => charge.Currency);
        builder.Property(charge => charge.PayerType).HasConversion<string>().HasMaxLength(10);
        builder.Property(charge => charge.PayerName).HasMaxLength(200).IsRequired();
        builder.Property(charge => charge.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(charge => new { charge.Status, charge.DispensedAt });
        builder.HasMany(charge => charge.Payments).WithOne().HasForeignKey(payment => payment.ChargeId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(charge => charge.Payments).HasField("_payments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(charge => charge.Balance);
        builder.Ignore(charge => charge.DomainEvents);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(payment => payment.Id);
        builder.Property(payment => payment.Id).ValueGeneratedNever();
        builder.ComplexProperty(payment => payment.Amount).OnColumns("amount", 12, 2);
        builder.Property(payment => payment.Method).HasConversion<string>().HasMaxLength(10);
        builder.Property(payment => payment.ReceivedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(payment => payment.ReceivedAt);
    }
}

internal sealed class BillableFormulaConfiguration : IEntityTypeConfiguration<BillableFormula>
{
    public void Configure(EntityTypeBuilder<BillableFormula> builder)
    {
        builder.ToTable("formulas");
        builder.HasKey(formula => formula.Code);
        builder.Property(formula => formula.Code).HasMaxLength(40);
        builder.Property(formula => formula.Name).HasMaxLength(200).IsRequired();
        builder.Property(formula => formula.Unit).HasMaxLength(20).IsRequired();
    }
}

internal sealed class FormulaPriceConfiguration : IEntityTypeConfiguration<FormulaPrice>
{
    public void Configure(EntityTypeBuilder<FormulaPrice> builder)
    {
        builder.ToTable("formula_prices");
        builder.HasKey(price => price.Id);
        builder.Property(price => price.FormulaCode).HasMaxLength(40).IsRequired();
        builder.HasIndex(price => price.FormulaCode).IsUnique();
        builder.Property(price => price.FormulaName).HasMaxLength(200).IsRequired();
        builder.Property(price => price.Unit).HasMaxLength(20).IsRequired();
        builder.ComplexProperty(price => price.PricePerUnit).OnColumns("price_per_unit", 12, 4);
        builder.Property(price => price.ChangeReason).HasMaxLength(500);
        builder.Ignore(price => price.DomainEvents);
    }
}

internal sealed class AccountAgreementConfiguration : IEntityTypeConfiguration<AccountAgreement>
{
    public void Configure(EntityTypeBuilder<AccountAgreement> builder)
    {
        builder.ToTable("account_agreements");
        builder.HasKey(agreement => agreement.AgreementId);
        builder.Property(agreement => agreement.AgreementId).ValueGeneratedNever();
        builder.Property(agreement => agreement.Account).HasConversion<string>().HasMaxLength(20);
        builder.Property(agreement => agreement.FormulaCode).HasMaxLength(40).IsRequired();
        builder.HasIndex(agreement => new { agreement.FormulaCode, agreement.Account, agreement.AccountId });
        builder.Property(agreement => agreement.PricePerUnit).HasPrecision(12, 4);
        builder.Property(agreement => agreement.DiscountPercent).HasPrecision(5, 2);
    }
}

internal sealed class ProviderOrganisationConfiguration : IEntityTypeConfiguration<ProviderOrganisation>
{
    public void Configure(EntityTypeBuilder<ProviderOrganisation> builder)
    {
        builder.ToTable("provider_organisations");
        builder.HasKey(link => new { link.ProviderId, link.OrganisationId });
    }
}
