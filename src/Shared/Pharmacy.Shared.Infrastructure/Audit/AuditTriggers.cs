using Microsoft.EntityFrameworkCore.Migrations;

namespace Pharmacy.Shared.Infrastructure.Audit;

/// <summary>
/// The database itself refuses to change or delete an audit entry, whatever program asks. Called from each module's
/// migration that creates its audit table, on either provider, and for any other append-only table (the host's
/// security log).
/// </summary>
public static class AuditTriggers
{
    private const string AuditTable = "audit_entries";
    private const string AuditRefusal = "Audit entries cannot be changed or deleted.";

    public static void Create(MigrationBuilder migrationBuilder, string schema) =>
        Create(migrationBuilder, schema, AuditTable, AuditRefusal);

    public static void Drop(MigrationBuilder migrationBuilder, string schema) => Drop(migrationBuilder, schema, AuditTable);

    /// <param name="refusal">The error the database raises; a plain sentence without quotes.</param>
    public static void Create(MigrationBuilder migrationBuilder, string schema, string table, string refusal)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
        {
            // CREATE TRIGGER must start its own batch; EXEC gives it one inside the migration's batch.
            migrationBuilder.Sql(
                $"EXEC(N'CREATE TRIGGER [{schema}].[{table}_are_immutable] ON [{schema}].[{table}] INSTEAD OF UPDATE, DELETE AS " +
                $"BEGIN SET NOCOUNT ON; THROW 51000, ''{refusal}'', 1; END')");
            return;
        }

        migrationBuilder.Sql(
            $"CREATE TRIGGER {table}_refuse_update BEFORE UPDATE ON {table} " +
            $"BEGIN SELECT RAISE(ABORT, '{refusal}'); END;");
        migrationBuilder.Sql(
            $"CREATE TRIGGER {table}_refuse_delete BEFORE DELETE ON {table} " +
            $"BEGIN SELECT RAISE(ABORT, '{refusal}'); END;");
    }

    public static void Drop(MigrationBuilder migrationBuilder, string schema, string table)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
        {
            migrationBuilder.Sql($"DROP TRIGGER [{schema}].[{table}_are_immutable]");
            return;
        }

        migrationBuilder.Sql($"DROP TRIGGER {table}_refuse_update;");
        migrationBuilder.Sql($"DROP TRIGGER {table}_refuse_delete;");
    }
}
