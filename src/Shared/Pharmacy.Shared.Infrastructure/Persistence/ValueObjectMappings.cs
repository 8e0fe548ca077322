using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// How the kernel's money and units sit on the columns the modules already have: a unit is its symbol ("g", "mL",
/// "capsule"), money is an amount column beside the row's currency column (several amounts of one row share it).
/// </summary>
public static class ValueObjectMappings
{
    public const string CurrencyColumn = "currency";

    public static void AddUnitOfMeasureConversion(this ModelConfigurationBuilder builder) =>
        builder.Properties<UnitOfMeasure>().HaveConversion<UnitOfMeasureToSymbolConverter>();

    /// <summary>Maps a <see cref="Money"/> onto its amount column and the row's currency column.</summary>
    public static ComplexPropertyBuilder<Money> OnColumns(this ComplexPropertyBuilder<Money> money, string amountColumn, int precision, int scale)
    {
        money.Property(value => value.Amount).HasColumnName(amountColumn).HasPrecision(precision, scale);
        // Read through the property, so that money nobody set yet is stored as dollars, never as no currency.
        money.Property(value => value.Currency).HasColumnName(CurrencyColumn).HasMaxLength(3).IsRequired()
            .UsePropertyAccessMode(PropertyAccessMode.PreferProperty);
        return money;
    }
}

public sealed class UnitOfMeasureToSymbolConverter() : ValueConverter<UnitOfMeasure, string>(unit => unit.Symbol, symbol => UnitOfMeasure.Parse(symbol));
