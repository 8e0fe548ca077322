using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Portal.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Orders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "portal");

            migrationBuilder.CreateSequence(
                name: "order_numbers",
                schema: "portal",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "portal",
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

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "portal",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    handler = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    message_type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "portal",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    placed_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    placed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    patient_first_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    patient_last_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    patient_date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    patient_sex = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    patient_state = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    ship_to = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    formula_code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    formula_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    quantity_amount = table.Column<decimal>(type: "decimal(12,3)", precision: 12, scale: 3, nullable: false),
                    unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    directions = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    days_supply = table.Column<int>(type: "int", nullable: false),
                    refills = table.Column<int>(type: "int", nullable: false),
                    prescriber_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    prescriber_npi = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    prescriber_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    prescription_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    rx_number = table.Column<long>(type: "bigint", nullable: true),
                    question = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    answer = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    hold_reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    beyond_use_date = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    carrier = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    tracking_number = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    shipped_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "portal",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    message_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    type = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    attempts = table.Column<int>(type: "int", nullable: false),
                    last_error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    dead_lettered_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_record_type_record_id",
                schema: "portal",
                table: "audit_entries",
                columns: new[] { "record_type", "record_id" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_number",
                schema: "portal",
                table: "orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_organisation_id_number",
                schema: "portal",
                table: "orders",
                columns: new[] { "organisation_id", "number" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_prescription_id",
                schema: "portal",
                table: "orders",
                column: "prescription_id");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_message_id",
                schema: "portal",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_processed_at_dead_lettered_at_next_attempt_at",
                schema: "portal",
                table: "outbox_messages",
                columns: new[] { "processed_at", "dead_lettered_at", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "portal");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "portal");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "portal");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "portal");

            migrationBuilder.DropSequence(
                name: "order_numbers",
                schema: "portal");
        }
    }
}
