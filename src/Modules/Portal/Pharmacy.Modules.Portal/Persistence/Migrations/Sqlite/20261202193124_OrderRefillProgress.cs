using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Portal.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderRefillProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "fill_count",
                schema: "portal",
                table: "orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "refill_request",
                schema: "portal",
                table: "orders",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_request_note",
                schema: "portal",
                table: "orders",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "refills_remaining",
                schema: "portal",
                table: "orders",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "fill_count",
                schema: "portal",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "refill_request",
                schema: "portal",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "refill_request_note",
                schema: "portal",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "refills_remaining",
                schema: "portal",
                table: "orders");
        }
    }
}
