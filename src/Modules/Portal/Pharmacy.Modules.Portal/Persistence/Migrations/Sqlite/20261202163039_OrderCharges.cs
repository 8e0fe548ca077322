using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Portal.Persistence.Migrations.Sqlite
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
                    charge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order_number = table.Column<long>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    rx_number = table.Column<long>(type: "INTEGER", nullable: false),
                    payer = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    charged_at = table.Column<string>(type: "TEXT", nullable: false),
                    settled = table.Column<bool>(type: "INTEGER", nullable: false)
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
