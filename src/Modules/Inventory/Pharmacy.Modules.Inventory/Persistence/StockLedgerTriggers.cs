using Microsoft.EntityFrameworkCore.Migrations;

namespace Pharmacy.Modules.Inventory.Persistence;

/// <summary>
/// The stock ledger is append-only in the database too: whatever program asks, a ledger line cannot be changed or
/// deleted; a mistake is corrected by a new adjustment line. Called from the migration that creates the table.
/// </summary>
internal static class StockLedgerTriggers
{
    private const string Table = "stock_movements";
    private const string Refusal = "Stock ledger lines cannot be changed or deleted; record an adjustment instead.";

    public static void Create(MigrationBuilder migrationBuilder, string schema)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
        {
            // CREATE TRIGGER must start its own batch; EXEC gives it one inside the migration's batch.
            migrationBuilder.Sql(
                $"EXEC(N'CREATE TRIGGER [{schema}].[{Table}_are_append_only] ON [{schema}].[{Table}] INSTEAD OF UPDATE, DELETE AS " +
                $"BEGIN SET NOCOUNT ON; THROW 51001, ''{Refusal}'', 1; END')");
            return;
        }

        migrationBuilder.Sql($"CREATE TRIGGER {Table}_refuse_update BEFORE UPDATE ON {Table} BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;");
        migrationBuilder.Sql($"CREATE TRIGGER {Table}_refuse_delete BEFORE DELETE ON {Table} BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;");
    }

    public static void Drop(MigrationBuilder migrationBuilder, string schema)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
        {
            migrationBuilder.Sql($"DROP TRIGGER [{schema}].[{Table}_are_append_only]");
            return;
        }

        migrationBuilder.Sql($"DROP TRIGGER {Table}_refuse_update;");
        migrationBuilder.Sql($"DROP TRIGGER {Table}_refuse_delete;");
    }
}
