using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Modules.Reporting.Persistence;

internal sealed class RxTurnaroundConfiguration : IEntityTypeConfiguration<RxTurnaround>
{
    public void Configure(EntityTypeBuilder<RxTurnaround> builder)
    {
        builder.ToTable("rx_turnaround");
        builder.HasKey(row => row.FillId);
        builder.Property(row => row.FillId).ValueGeneratedNever();
        builder.HasIndex(row => row.PrescriptionId);
        builder.HasIndex(row => row.ReceivedAt);
        builder.HasIndex(row => row.FormulaCode);
        builder.Property(row => row.FormulaCode).HasMaxLength(ReportingColumns.CodeLength);
        builder.Property(row => row.Quantity).HasPrecision(ReportingColumns.QuantityPrecision, ReportingColumns.QuantityScale);
        builder.Property(row => row.BatchNumber).HasMaxLength(ReportingColumns.CodeLength);
        builder.Property(row => row.DispenseMethod).HasMaxLength(ReportingColumns.MethodLength);
        builder.Property(row => row.ChargeAmount).HasPrecision(ReportingColumns.MoneyPrecision, ReportingColumns.MoneyScale);
        builder.Property(row => row.ChargeCurrency).HasMaxLength(ReportingColumns.CurrencyLength);
        builder.Ignore(row => row.StageTimes);
    }
}

internal sealed class ReceivedPrescriptionConfiguration : IEntityTypeConfiguration<ReceivedPrescription>
{
    public void Configure(EntityTypeBuilder<ReceivedPrescription> builder)
    {
        builder.ToTable("prescriptions_received");
        builder.HasKey(row => row.PrescriptionId);
        builder.Property(row => row.PrescriptionId).ValueGeneratedNever();
    }
}

/// <summary>Column sizes shared by the table and the view over it.</summary>
internal static class ReportingColumns
{
    public const int CodeLength = 40;
    public const int MethodLength = 30;
    public const int CurrencyLength = 3;
    public const int QuantityPrecision = 12;
    public const int QuantityScale = 3;
    public const int MoneyPrecision = 12;
    public const int MoneyScale = 2;
}
