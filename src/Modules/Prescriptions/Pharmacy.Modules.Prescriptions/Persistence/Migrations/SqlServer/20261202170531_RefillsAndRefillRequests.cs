using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RefillsAndRefillRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "refill_request_decided_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_decided_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_decision_reason",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_refusal",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_status",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "refill_requested_at",
                schema: "prescriptions",
                table: "prescriptions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_requested_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "too_soon_overridden_at",
                schema: "prescriptions",
                table: "fills",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "too_soon_overridden_by",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "too_soon_override_reason",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(500)",
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
