using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Compounding.Domain.Formulas;

namespace Pharmacy.Modules.Compounding.Persistence;

internal sealed class FormulaConfiguration : IEntityTypeConfiguration<Formula>
{
    public void Configure(EntityTypeBuilder<Formula> builder)
    {
        builder.ToTable("formulas");
        builder.HasKey(formula => formula.Id);
        builder.Property(formula => formula.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(formula => new { formula.Code, formula.VersionNumber }).IsUnique();
        builder.Property(formula => formula.Name).HasMaxLength(200).IsRequired();
        builder.Property(formula => formula.Strength).HasMaxLength(60);
        builder.Property(formula => formula.ContainerClosure).HasMaxLength(200);
        builder.PrimitiveCollection(formula => formula.Equipment);
        builder.Property(formula => formula.DosageForm).HasConversion<string>().HasMaxLength(20);
        builder.Property(formula => formula.Route).HasMaxLength(40);
        builder.Property(formula => formula.Unit).HasMaxLength(20);
        builder.Property(formula => formula.Preparation).HasConversion<string>().HasMaxLength(20);
        builder.Property(formula => formula.Sterilization).HasConversion<string>().HasMaxLength(30);
        builder.Property(formula => formula.Storage).HasConversion<string>().HasMaxLength(20);
        builder.Property(formula => formula.WaterActivity).HasConversion<string>().HasMaxLength(20);
        builder.Property(formula => formula.StabilitySource).HasMaxLength(300);
        builder.Property(formula => formula.ControlledSchedule).HasMaxLength(10);
        builder.Property(formula => formula.ChangeSummary).HasMaxLength(1000);
        builder.Property(formula => formula.RetirementReason).HasMaxLength(1000);
        builder.Property(formula => formula.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(formula => formula.Status);
        builder.Property(formula => formula.ApprovedById).HasMaxLength(100);
        builder.Property(formula => formula.ApprovedByName).HasMaxLength(200);
        builder.PrimitiveCollection(formula => formula.Instructions);
        builder.OwnsMany(formula => formula.Ingredients, ingredient =>
        {
            ingredient.ToTable("formula_ingredients");
            ingredient.WithOwner().HasForeignKey("FormulaId");
            ingredient.HasKey("FormulaId", nameof(FormulaIngredient.Line));
            ingredient.Property(i => i.Line).ValueGeneratedNever();
            ingredient.Property(i => i.ItemCode).HasMaxLength(20).IsRequired();
            ingredient.Property(i => i.Name).HasMaxLength(200).IsRequired();
            ingredient.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
            // The quantity per unit is kept as its amount, in the line's unit column.
            ingredient.Ignore(i => i.PerUnit);
            ingredient.Property<decimal>("QuantityPerUnit").HasPrecision(18, 6);
            ingredient.Property(i => i.PotencyFactor).HasPrecision(18, 6);
            ingredient.Property(i => i.SaltFactor).HasPrecision(18, 6);
            ingredient.Ignore(i => i.WeighedPerUnit);
            ingredient.Ignore(i => i.IsAdjusted);
            ingredient.Property(i => i.Unit).HasMaxLength(10);
        });
        builder.OwnsMany(formula => formula.QualityChecks, check =>
        {
            check.ToTable("formula_quality_checks");
            check.WithOwner().HasForeignKey("FormulaId");
            check.HasKey("FormulaId", nameof(QualityCheck.Line));
            check.Property(c => c.Line).ValueGeneratedNever();
            check.Property(c => c.Name).HasMaxLength(100).IsRequired();
            check.Property(c => c.Specification).HasMaxLength(500).IsRequired();
            check.Property(c => c.Measure).HasConversion<string>().HasMaxLength(20);
            check.Property(c => c.Lowest).HasPrecision(18, 6);
            check.Property(c => c.Highest).HasPrecision(18, 6);
        });
        builder.Ignore(formula => formula.Stability);
        builder.Ignore(formula => formula.BudInputs);
        builder.Ignore(formula => formula.UspLimit);
        builder.Ignore(formula => formula.IsApproved);
        builder.Ignore(formula => formula.DomainEvents);
    }
}
