using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Inventory.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InventoryStockLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "items",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ndc = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    hazardous_niosh = table.Column<bool>(type: "INTEGER", nullable: false),
                    controlled_schedule = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    storage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    reorder_point = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    reorder_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    cost_per_unit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lots",
                schema: "inventory",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    manufacturer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    vendor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    received_at = table.Column<string>(type: "TEXT", nullable: false),
                    certificate_of_analysis = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status_changed_at = table.Column<string>(type: "TEXT", nullable: false),
                    movement_count = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lots", x => x.id);
                    table.ForeignKey(
                        name: "FK_lots_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "inventory",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stock_movements",
                schema: "inventory",
                columns: table => new
                {
                    lot_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    batch_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stock_movements", x => new { x.lot_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_stock_movements_lots_lot_id",
                        column: x => x.lot_id,
                        principalSchema: "inventory",
                        principalTable: "lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_items_code",
                schema: "inventory",
                table: "items",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_items_name",
                schema: "inventory",
                table: "items",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "IX_lots_expires_on",
                schema: "inventory",
                table: "lots",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "IX_lots_item_id_lot_number",
                schema: "inventory",
                table: "lots",
                columns: new[] { "item_id", "lot_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stock_movements_batch_id",
                schema: "inventory",
                table: "stock_movements",
                column: "batch_id");

            StockLedgerTriggers.Create(migrationBuilder, InventoryDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            StockLedgerTriggers.Drop(migrationBuilder, InventoryDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "stock_movements",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "lots",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "items",
                schema: "inventory");
        }
    }
}
