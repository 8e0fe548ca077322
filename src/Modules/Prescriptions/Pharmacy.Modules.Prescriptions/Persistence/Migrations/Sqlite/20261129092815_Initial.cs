using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "prescriptions");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "prescriptions",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    message_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    processed_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "prescriptions",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<string>(type: "TEXT", nullable: false),
                    processed_at = table.Column<string>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    next_attempt_at = table.Column<string>(type: "TEXT", nullable: true),
                    dead_lettered_at = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "prescribers",
                schema: "prescriptions",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    credential = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    activated_at = table.Column<string>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<string>(type: "TEXT", nullable: false),
                    suspended_at = table.Column<string>(type: "TEXT", nullable: true),
                    suspension_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prescribers", x => x.provider_id);
                });

            migrationBuilder.CreateTable(
                name: "prescriptions",
                schema: "prescriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rx_number = table.Column<long>(type: "INTEGER", nullable: false),
                    patient_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    patient_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    patient_date_of_birth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    patient_sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    patient_state = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    prescriber_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    prescriber_npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    prescriber_name = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                    formula_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    directions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    days_supply = table.Column<int>(type: "INTEGER", nullable: false),
                    refills_authorized = table.Column<int>(type: "INTEGER", nullable: false),
                    refills_remaining = table.Column<int>(type: "INTEGER", nullable: false),
                    written_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    received_at = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prescriptions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_message_id",
                schema: "prescriptions",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_processed_at_dead_lettered_at_next_attempt_at",
                schema: "prescriptions",
                table: "outbox_messages",
                columns: new[] { "processed_at", "dead_lettered_at", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "IX_prescribers_npi",
                schema: "prescriptions",
                table: "prescribers",
                column: "npi",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_channel_external_id",
                schema: "prescriptions",
                table: "prescriptions",
                columns: new[] { "channel", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_rx_number",
                schema: "prescriptions",
                table: "prescriptions",
                column: "rx_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_status",
                schema: "prescriptions",
                table: "prescriptions",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "prescriptions");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "prescriptions");

            migrationBuilder.DropTable(
                name: "prescribers",
                schema: "prescriptions");

            migrationBuilder.DropTable(
                name: "prescriptions",
                schema: "prescriptions");
        }
    }
}
