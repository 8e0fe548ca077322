using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FinalCheckPickupAndShipment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "checked_at",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "checked_by",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "cold_chain_packed",
                schema: "prescriptions",
                table: "fills",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "collected_by",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "collector_relationship",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "counselling",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_city",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_line1",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_line2",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_state",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ship_to_zip",
                schema: "prescriptions",
                table: "fills",
                type: "TEXT",
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
