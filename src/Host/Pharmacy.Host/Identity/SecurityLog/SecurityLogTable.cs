using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Shared.Infrastructure.Audit;

namespace Pharmacy.Host.Identity.SecurityLog;

/// <summary>The security log's table, which the database keeps append-only as it does the audit trail.</summary>
internal static class SecurityLogTable
{
    public const string Name = "security_log";
    private const string Refusal = "Security log entries cannot be changed or deleted.";

    public static void RefuseChanges(MigrationBuilder migrationBuilder) =>
        AuditTriggers.Create(migrationBuilder, PharmacyIdentityDbContext.SchemaName, Name, Refusal);

    public static void AllowChanges(MigrationBuilder migrationBuilder) =>
        AuditTriggers.Drop(migrationBuilder, PharmacyIdentityDbContext.SchemaName, Name);
}
