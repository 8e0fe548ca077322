using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Modules.Reporting.Domain.Turnaround;
using Pharmacy.Modules.Reporting.Persistence;

namespace Pharmacy.Modules.Reporting.ReadModels;

/// <summary>
/// The view v_rx_turnaround over rx_turnaround, for BI tools on a read-only login and for this module's queries.
/// EF does not create views: the module's migration calls <see cref="Create"/> and <see cref="Drop"/>.
/// </summary>
internal static class RxTurnaroundView
{
    public const string Name = "v_rx_turnaround";
    private const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>
    /// Each span: its column and the two stage columns it runs between (the stages of <see cref="TurnaroundStage"/>,
    /// written out so that this migration's SQL never changes under it).
    /// </summary>
    private static readonly (string Column, string Start, string End)[] Spans =
    [
        ("received_to_verified_hours", "received_at", "verified_at"),
        ("verified_to_compounded_hours", "verified_at", "compounded_at"),
        ("compounded_to_released_hours", "compounded_at", "released_at"),
        ("released_to_dispensed_hours", "released_at", "dispensed_at"),
        ("received_to_dispensed_hours", "received_at", "dispensed_at"),
    ];

    /// <summary>The table's columns the view shows, as each version of the view had them (a migration names its version).</summary>
    private static readonly string[][] RowColumnsByVersion =
    [
        [
            "fill_id", "prescription_id", "rx_number", "fill_number", "formula_code", "quantity", "batch_number", "dispense_method",
            "charge_amount", "charge_currency", "received_at", "verified_at", "requested_at", "compounded_at", "released_at", "rejected_at",
            "dispensed_at", "charged_at",
        ],
        [
            "fill_id", "prescription_id", "rx_number", "fill_number", "formula_code", "quantity", "batch_number", "dispense_method",
            "charge_amount", "charge_currency", "received_at", "verified_at", "requested_at", "compounded_at", "released_at", "rejected_at",
            "dispensed_at", "charged_at", "cancelled_at",
        ],
    ];

    /// <summary>The version the model maps (<see cref="RxTurnaroundViewRow"/>); the latest migration creates it.</summary>
    public const int CurrentVersion = 2;

    public static void Create(MigrationBuilder migrationBuilder, int version = 1)
    {
        if (migrationBuilder.ActiveProvider == SqlServerProvider)
        {
            // CREATE VIEW must start a batch; EXEC gives it one inside the migration's batch.
            migrationBuilder.Sql($"EXEC(N'{SqlServerDefinition(version)}')");
            return;
        }

        migrationBuilder.Sql(SqliteDefinition(version));
    }

    public static void Drop(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(migrationBuilder.ActiveProvider == SqlServerProvider
            ? $"DROP VIEW [{ReportingDbContext.SchemaName}].[{Name}]"
            : $"DROP VIEW {Name};");

    /// <summary>DATEDIFF counts minute boundaries; the cast makes every provider return a floating-point number of hours.</summary>
    internal static string SqlServerDefinition(int version = CurrentVersion)
    {
        var schema = ReportingDbContext.SchemaName;
        var columns = RowColumnsByVersion[version - 1].Select(column => $"t.[{column}]")
            .Concat(Spans.Select(span => $"CAST(DATEDIFF(minute, t.[{span.Start}], t.[{span.End}]) / 60.0 AS float) AS [{span.Column}]"));
        return $"CREATE VIEW [{schema}].[{Name}] AS SELECT {string.Join(", ", columns)} FROM [{schema}].[rx_turnaround] AS t";
    }

    /// <summary>
    /// SQLite keeps times as text ("2026-11-29 10:15:00.1234567+00:00", always UTC); julianday reads the first 19
    /// characters, to the second. SQLite has no schemas: the view lives in the module's own file.
    /// </summary>
    internal static string SqliteDefinition(int version = CurrentVersion)
    {
        var columns = RowColumnsByVersion[version - 1].Select(column => $"t.{column}")
            .Concat(Spans.Select(span => $"(julianday(substr(t.{span.End}, 1, 19)) - julianday(substr(t.{span.Start}, 1, 19))) * 24 AS {span.Column}"));
        return $"CREATE VIEW {Name} AS SELECT {string.Join(", ", columns)} FROM rx_turnaround AS t;";
    }
}

internal sealed class RxTurnaroundViewRowConfiguration : IEntityTypeConfiguration<RxTurnaroundViewRow>
{
    public void Configure(EntityTypeBuilder<RxTurnaroundViewRow> builder)
    {
        // Mapped to a view, the type is left out of migrations; the migration creates the view itself.
        builder.HasNoKey().ToView(RxTurnaroundView.Name, ReportingDbContext.SchemaName);
        builder.Property(row => row.FormulaCode).HasMaxLength(ReportingColumns.CodeLength);
        builder.Property(row => row.BatchNumber).HasMaxLength(ReportingColumns.CodeLength);
        builder.Property(row => row.DispenseMethod).HasMaxLength(ReportingColumns.MethodLength);
        builder.Property(row => row.ChargeCurrency).HasMaxLength(ReportingColumns.CurrencyLength);
        builder.Property(row => row.Quantity).HasPrecision(ReportingColumns.QuantityPrecision, ReportingColumns.QuantityScale);
        builder.Property(row => row.ChargeAmount).HasPrecision(ReportingColumns.MoneyPrecision, ReportingColumns.MoneyScale);
        builder.Ignore(row => row.StageTimes);
    }
}
