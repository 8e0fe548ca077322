using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Quality.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BatchRelease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "release_tasks",
                schema: "quality",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    formula_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    formula_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    formula_version = table.Column<int>(type: "INTEGER", nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    beyond_use_date = table.Column<string>(type: "TEXT", nullable: false),
                    bud_limited_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    storage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    checked_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    compounded_at = table.Column<string>(type: "TEXT", nullable: false),
                    fill_ids = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    opened_at = table.Column<string>(type: "TEXT", nullable: false),
                    checks_with_result = table.Column<int>(type: "INTEGER", nullable: false),
                    checks_passed = table.Column<int>(type: "INTEGER", nullable: false),
                    latest_result = table.Column<string>(type: "TEXT", maxLength: 700, nullable: true),
                    decided_at = table.Column<string>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    signature_meaning = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    rejection_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    lots = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_release_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "release_task_checks",
                schema: "quality",
                columns: table => new
                {
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    release_task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    specification = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    percent_of_label = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_at = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_release_task_checks", x => new { x.release_task_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_release_task_checks_release_tasks_release_task_id",
                        column: x => x.release_task_id,
                        principalSchema: "quality",
                        principalTable: "release_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_release_tasks_batch_id",
                schema: "quality",
                table: "release_tasks",
                column: "batch_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_release_tasks_batch_number",
                schema: "quality",
                table: "release_tasks",
                column: "batch_number");

            migrationBuilder.CreateIndex(
                name: "IX_release_tasks_status_opened_at",
                schema: "quality",
                table: "release_tasks",
                columns: new[] { "status", "opened_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "release_task_checks",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "release_tasks",
                schema: "quality");
        }
    }
}
