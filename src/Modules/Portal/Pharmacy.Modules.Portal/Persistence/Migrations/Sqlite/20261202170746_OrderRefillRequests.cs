using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Portal.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderRefillRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "refill_requested_at",
                schema: "portal",
                table: "orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refill_requested_by",
                schema: "portal",
                table: "orders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "refill_requested_at",
                schema: "portal",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "refill_requested_by",
                schema: "portal",
                table: "orders");
        }
    }
}
