using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PrescriptionWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cancellation_reason",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancelled_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "clarification_answer",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "clarification_answered_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "clarification_answered_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "clarification_asked_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "clarification_asked_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "clarification_question",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "held_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "held_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hold_reason",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status_before_hold",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "verified_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verified_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "fills",
                schema: "prescriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    number = table.Column<int>(type: "int", nullable: false),
                    quantity = table.Column<decimal>(type: "decimal(12,3)", precision: 12, scale: 3, nullable: false),
                    status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    batch_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    batch_number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    beyond_use_date = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    storage = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ready_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    method = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    carrier = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    tracking_number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    dispensed_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    dispensed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    prescription_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fills", x => x.id);
                    table.ForeignKey(
                        name: "FK_fills_prescriptions_prescription_id",
                        column: x => x.prescription_id,
                        principalSchema: "prescriptions",
                        principalTable: "prescriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fills_batch_id",
                schema: "prescriptions",
                table: "fills",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "IX_fills_prescription_id_number",
                schema: "prescriptions",
                table: "fills",
                columns: new[] { "prescription_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fills_status",
                schema: "prescriptions",
                table: "fills",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fills",
                schema: "prescriptions");

            migrationBuilder.DropColumn(
                name: "cancellation_reason",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "cancelled_by",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "clarification_answer",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "clarification_answered_at",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "clarification_answered_by",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "clarification_asked_at",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "clarification_asked_by",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "clarification_question",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "held_at",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "held_by",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "hold_reason",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "status_before_hold",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "verified_at",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "verified_by",
                schema: "prescriptions",
                table: "prescriptions");
        }
    }
}
