using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Shared.Infrastructure.Audit;

#nullable disable

namespace Pharmacy.Modules.Billing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    occurred_at = table.Column<string>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    record_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    record_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    before = table.Column<string>(type: "TEXT", nullable: true),
                    after = table.Column<string>(type: "TEXT", nullable: true),
                    signed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    signature_meaning = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    signed_at = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_record_type_record_id",
                schema: "billing",
                table: "audit_entries",
                columns: new[] { "record_type", "record_id" });

            AuditTriggers.Create(migrationBuilder, "billing");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditTriggers.Drop(migrationBuilder, "billing");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "billing");
        }
    }
}
