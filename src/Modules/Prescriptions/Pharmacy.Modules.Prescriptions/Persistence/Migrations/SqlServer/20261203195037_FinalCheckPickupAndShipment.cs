using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FinalCheckPickupAndShipment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "checked_at",
                schema: "prescriptions",
                table: "fills",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "checked_by",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "cold_chain_packed",
                schema: "prescriptions",
                table: "fills",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "collected_by",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "collector_relationship",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "counselling",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_city",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_line1",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_line2",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_state",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_zip",
                schema: "prescriptions",
                table: "fills",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_fills_checked_at",
                schema: "prescriptions",
                table: "fills",
                column: "checked_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fills_checked_at",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "checked_at",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "checked_by",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "cold_chain_packed",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "collected_by",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "collector_relationship",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "counselling",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "ship_to_city",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "ship_to_line1",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "ship_to_line2",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "ship_to_state",
                schema: "prescriptions",
                table: "fills");

            migrationBuilder.DropColumn(
                name: "ship_to_zip",
                schema: "prescriptions",
                table: "fills");
        }
    }
}
