using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RefillsAndRefillRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "refill_request_decided_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_decided_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_decision_reason",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_refusal",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_status",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_requested_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_requested_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "too_soon_overridden_at",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "too_soon_overridden_by",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "too_soon_override_reason",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "refill_request_decided_at",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "refill_request_decided_by",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "refill_request_decision_reason",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "refill_request_refusal",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "refill_request_status",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "refill_requested_at",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "refill_requested_by",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "too_soon_overridden_at",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "too_soon_overridden_by",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "too_soon_override_reason",
                schema: "prescriptions",
                table: "fills");
        }
    }
}
