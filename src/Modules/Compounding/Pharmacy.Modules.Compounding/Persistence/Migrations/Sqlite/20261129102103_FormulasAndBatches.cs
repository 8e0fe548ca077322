using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Compounding.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FormulasAndBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "batches",
                schema: "compounding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    formula_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    formula_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    formula_version = table.Column<int>(type: "INTEGER", nullable: false),
                    no_approved_formula = table.Column<bool>(type: "INTEGER", nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    storage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    planned_at = table.Column<string>(type: "TEXT", nullable: false),
                    started_at = table.Column<string>(type: "TEXT", nullable: true),
                    compounded_at = table.Column<string>(type: "TEXT", nullable: true),
                    prepared_by_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    prepared_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    actual_yield = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    yield_outside_range = table.Column<bool>(type: "INTEGER", nullable: false),
                    deviations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    checked_at = table.Column<string>(type: "TEXT", nullable: true),
                    checked_by_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    checked_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    beyond_use_date = table.Column<string>(type: "TEXT", nullable: true),
                    bud_limited_by = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    quality_decision_at = table.Column<string>(type: "TEXT", nullable: true),
                    quality_decision_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    rejection_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "formulas",
                schema: "compounding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    dosage_form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    route = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    preparation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    sterilization = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    sterility_tested = table.Column<bool>(type: "INTEGER", nullable: false),
                    non_sterile_starting_component = table.Column<bool>(type: "INTEGER", nullable: false),
                    storage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    water_activity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    preserved = table.Column<bool>(type: "INTEGER", nullable: false),
                    stability_days = table.Column<int>(type: "INTEGER", nullable: true),
                    stability_source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    controlled_schedule = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    instructions = table.Column<string>(type: "TEXT", nullable: false),
                    change_summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    approved_at = table.Column<string>(type: "TEXT", nullable: true),
                    approved_by_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    approved_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    retired_at = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formulas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "batch_fills",
                schema: "compounding",
                columns: table => new
                {
                    fill_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rx_number = table.Column<long>(type: "INTEGER", nullable: false),
                    fill_number = table.Column<int>(type: "INTEGER", nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_fills", x => new { x.batch_id, x.fill_id });
                    table.ForeignKey(
                        name: "FK_batch_fills_batches_batch_id",
                        column: x => x.batch_id,
                        principalSchema: "compounding",
                        principalTable: "batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "batch_ingredients",
                schema: "compounding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    quantity_per_unit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    theoretical_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    actual_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    balance_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    outside_tolerance = table.Column<bool>(type: "INTEGER", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_ingredients", x => x.id);
                    table.ForeignKey(
                        name: "FK_batch_ingredients_batches_batch_id",
                        column: x => x.batch_id,
                        principalSchema: "compounding",
                        principalTable: "batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "batch_lots",
                schema: "compounding",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    lot_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    allocated_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    used_quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_lots", x => x.id);
                    table.ForeignKey(
                        name: "FK_batch_lots_batches_batch_id",
                        column: x => x.batch_id,
                        principalSchema: "compounding",
                        principalTable: "batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "formula_ingredients",
                schema: "compounding",
                columns: table => new
                {
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    formula_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    quantity_per_unit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formula_ingredients", x => new { x.formula_id, x.line });
                    table.ForeignKey(
                        name: "FK_formula_ingredients_formulas_formula_id",
                        column: x => x.formula_id,
                        principalSchema: "compounding",
                        principalTable: "formulas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "formula_quality_checks",
                schema: "compounding",
                columns: table => new
                {
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    formula_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    specification = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formula_quality_checks", x => new { x.formula_id, x.line });
                    table.ForeignKey(
                        name: "FK_formula_quality_checks_formulas_formula_id",
                        column: x => x.formula_id,
                        principalSchema: "compounding",
                        principalTable: "formulas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_batch_fills_fill_id",
                schema: "compounding",
                table: "batch_fills",
                column: "fill_id");

            migrationBuilder.CreateIndex(
                name: "IX_batch_ingredients_batch_id",
                schema: "compounding",
                table: "batch_ingredients",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "IX_batch_lots_batch_id",
                schema: "compounding",
                table: "batch_lots",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "IX_batch_lots_lot_id",
                schema: "compounding",
                table: "batch_lots",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "IX_batches_batch_number",
                schema: "compounding",
                table: "batches",
                column: "batch_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_batches_formula_code_status",
                schema: "compounding",
                table: "batches",
                columns: new[] { "formula_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_batches_status",
                schema: "compounding",
                table: "batches",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_formulas_code_version_number",
                schema: "compounding",
                table: "formulas",
                columns: new[] { "code", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_formulas_status",
                schema: "compounding",
                table: "formulas",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "batch_fills",
                schema: "compounding");

            migrationBuilder.DropTable(
                name: "batch_ingredients",
                schema: "compounding");

            migrationBuilder.DropTable(
                name: "batch_lots",
                schema: "compounding");

            migrationBuilder.DropTable(
                name: "formula_ingredients",
                schema: "compounding");

            migrationBuilder.DropTable(
                name: "formula_quality_checks",
                schema: "compounding");

            migrationBuilder.DropTable(
                name: "batches",
                schema: "compounding");

            migrationBuilder.DropTable(
                name: "formulas",
                schema: "compounding");
        }
    }
}
