using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Billing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChargesAndPriceList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "charges",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    fill_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    prescription_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rx_number = table.Column<long>(type: "INTEGER", nullable: false),
                    prescriber_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    formula_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    unit_price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    amount_paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    payer_type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    payer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    needs_pricing = table.Column<bool>(type: "INTEGER", nullable: false),
                    dispensed_at = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    paid_at = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "formula_prices",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    formula_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    formula_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    price_per_unit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    changed_at = table.Column<string>(type: "TEXT", nullable: false),
                    change_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formula_prices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    charge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    received_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    received_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.id);
                    table.ForeignKey(
                        name: "FK_payments_charges_charge_id",
                        column: x => x.charge_id,
                        principalSchema: "billing",
                        principalTable: "charges",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_charges_fill_id",
                schema: "billing",
                table: "charges",
                column: "fill_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charges_rx_number",
                schema: "billing",
                table: "charges",
                column: "rx_number");

            migrationBuilder.CreateIndex(
                name: "IX_charges_status_dispensed_at",
                schema: "billing",
                table: "charges",
                columns: new[] { "status", "dispensed_at" });

            migrationBuilder.CreateIndex(
                name: "IX_formula_prices_formula_code",
                schema: "billing",
                table: "formula_prices",
                column: "formula_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_charge_id",
                schema: "billing",
                table: "payments",
                column: "charge_id");

            migrationBuilder.CreateIndex(
                name: "IX_payments_received_at",
                schema: "billing",
                table: "payments",
                column: "received_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "formula_prices",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "payments",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "charges",
                schema: "billing");
        }
    }
}
