using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Portal.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrderCharges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "order_charges",
                schema: "portal",
                columns: table => new
                {
                    charge_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    order_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    order_number = table.Column<long>(type: "bigint", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    rx_number = table.Column<long>(type: "bigint", nullable: false),
                    payer = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    amount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    charged_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    settled = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_charges", x => x.charge_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_rx_number",
                schema: "portal",
                table: "orders",
                column: "rx_number");

            migrationBuilder.CreateIndex(
                name: "IX_order_charges_organisation_id_charged_at",
                schema: "portal",
                table: "order_charges",
                columns: new[] { "organisation_id", "charged_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_charges",
                schema: "portal");

            migrationBuilder.DropIndex(
                name: "IX_orders_rx_number",
                schema: "portal",
                table: "orders");
        }
    }
}
