using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Shared.Infrastructure.Audit;

#nullable disable

namespace Pharmacy.Modules.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    occurred_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    user_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    user_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    record_type = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    record_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    before = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    after = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    signed_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    signature_meaning = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_record_type_record_id",
                schema: "reporting",
                table: "audit_entries",
                columns: new[] { "record_type", "record_id" });

            AuditTriggers.Create(migrationBuilder, "reporting");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AuditTriggers.Drop(migrationBuilder, "reporting");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "reporting");
        }
    }
}
