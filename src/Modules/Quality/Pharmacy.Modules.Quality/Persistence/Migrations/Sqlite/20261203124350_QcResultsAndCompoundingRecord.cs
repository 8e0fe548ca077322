using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Quality.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QcResultsAndCompoundingRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "check_assessment",
                schema: "quality",
                table: "release_tasks",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deviations",
                schema: "quality",
                table: "release_tasks",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "flags",
                schema: "quality",
                table: "release_tasks",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "weights",
                schema: "quality",
                table: "release_tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "yield_percent",
                schema: "quality",
                table: "release_tasks",
                type: "TEXT",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "highest",
                schema: "quality",
                table: "release_task_checks",
                type: "TEXT",
                precision: 12,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "lowest",
                schema: "quality",
                table: "release_task_checks",
                type: "TEXT",
                precision: 12,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "measure",
                schema: "quality",
                table: "release_task_checks",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "PassFail");

            migrationBuilder.CreateTable(
                name: "qc_investigations",
                schema: "quality",
                columns: table => new
                {
                    check_sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    release_task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    covers_through_result = table.Column<int>(type: "INTEGER", nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    documented_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    signature_meaning = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    documented_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qc_investigations", x => new { x.release_task_id, x.check_sequence, x.sequence });
                    table.ForeignKey(
                        name: "FK_qc_investigations_release_tasks_release_task_id",
                        column: x => x.release_task_id,
                        principalSchema: "quality",
                        principalTable: "release_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qc_results",
                schema: "quality",
                columns: table => new
                {
                    check_sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    release_task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_at = table.Column<string>(type: "TEXT", nullable: false),
                    is_retest = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qc_results", x => new { x.release_task_id, x.check_sequence, x.sequence });
                    table.ForeignKey(
                        name: "FK_qc_results_release_tasks_release_task_id",
                        column: x => x.release_task_id,
                        principalSchema: "quality",
                        principalTable: "release_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Each check's one result so far becomes its first result row; a missing time reads as the task's opening.
            migrationBuilder.Sql(
                """
                INSERT INTO qc_results (release_task_id, check_sequence, sequence, result, value, outcome, recorded_by, recorded_at, is_retest)
                SELECT c.release_task_id, c.sequence, 1, COALESCE(c.result, ''), c.percent_of_label, c.outcome, COALESCE(c.recorded_by, ''),
                       COALESCE(c.recorded_at, t.opened_at), 0
                FROM release_task_checks c JOIN release_tasks t ON t.id = c.release_task_id
                WHERE c.outcome IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "percent_of_label",
                schema: "quality",
                table: "release_task_checks");

            migrationBuilder.DropColumn(
                name: "recorded_at",
                schema: "quality",
                table: "release_task_checks");

            migrationBuilder.DropColumn(
                name: "recorded_by",
                schema: "quality",
                table: "release_task_checks");

            migrationBuilder.DropColumn(
                name: "result",
                schema: "quality",
                table: "release_task_checks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "percent_of_label",
                schema: "quality",
                table: "release_task_checks",
                type: "TEXT",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_at",
                schema: "quality",
                table: "release_task_checks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_by",
                schema: "quality",
                table: "release_task_checks",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "result",
                schema: "quality",
                table: "release_task_checks",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // Each check takes back the latest of its results (a percentage of label only where the check read one).
            migrationBuilder.Sql(
                """
                UPDATE release_task_checks SET
                    result = (SELECT r.result FROM qc_results r WHERE r.release_task_id = release_task_checks.release_task_id
                              AND r.check_sequence = release_task_checks.sequence ORDER BY r.sequence DESC LIMIT 1),
                    percent_of_label = CASE WHEN measure IN ('PercentOfLabel', 'PassFail') THEN
                        (SELECT r.value FROM qc_results r WHERE r.release_task_id = release_task_checks.release_task_id
                         AND r.check_sequence = release_task_checks.sequence ORDER BY r.sequence DESC LIMIT 1) END,
                    recorded_by = (SELECT r.recorded_by FROM qc_results r WHERE r.release_task_id = release_task_checks.release_task_id
                                   AND r.check_sequence = release_task_checks.sequence ORDER BY r.sequence DESC LIMIT 1),
                    recorded_at = (SELECT r.recorded_at FROM qc_results r WHERE r.release_task_id = release_task_checks.release_task_id
                                   AND r.check_sequence = release_task_checks.sequence ORDER BY r.sequence DESC LIMIT 1);
                """);

            migrationBuilder.DropTable(
                name: "qc_investigations",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "qc_results",
                schema: "quality");

            migrationBuilder.DropColumn(
                name: "check_assessment",
                schema: "quality",
                table: "release_tasks");

            migrationBuilder.DropColumn(
                name: "deviations",
                schema: "quality",
                table: "release_tasks");

            migrationBuilder.DropColumn(
                name: "flags",
                schema: "quality",
                table: "release_tasks");

            migrationBuilder.DropColumn(
                name: "weights",
                schema: "quality",
                table: "release_tasks");

            migrationBuilder.DropColumn(
                name: "yield_percent",
                schema: "quality",
                table: "release_tasks");

            migrationBuilder.DropColumn(
                name: "highest",
                schema: "quality",
                table: "release_task_checks");

            migrationBuilder.DropColumn(
                name: "lowest",
                schema: "quality",
                table: "release_task_checks");

            migrationBuilder.DropColumn(
                name: "measure",
                schema: "quality",
                table: "release_task_checks");
        }
    }
}
