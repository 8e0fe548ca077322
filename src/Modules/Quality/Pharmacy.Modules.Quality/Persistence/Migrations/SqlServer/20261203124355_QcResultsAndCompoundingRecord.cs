using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Quality.Persistence.Migrations.SqlServer
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
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deviations",
                schema: "quality",
                table: "release_tasks",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "flags",
                schema: "quality",
                table: "release_tasks",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "weights",
                schema: "quality",
                table: "release_tasks",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "yield_percent",
                schema: "quality",
                table: "release_tasks",
                type: "decimal(7,2)",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "highest",
                schema: "quality",
                table: "release_task_checks",
                type: "decimal(12,4)",
                precision: 12,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "lowest",
                schema: "quality",
                table: "release_task_checks",
                type: "decimal(12,4)",
                precision: 12,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "measure",
                schema: "quality",
                table: "release_task_checks",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "PassFail");

            migrationBuilder.CreateTable(
                name: "qc_investigations",
                schema: "quality",
                columns: table => new
                {
                    check_sequence = table.Column<int>(type: "int", nullable: false),
                    sequence = table.Column<int>(type: "int", nullable: false),
                    release_task_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    covers_through_result = table.Column<int>(type: "int", nullable: false),
                    findings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    documented_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    signature_meaning = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    documented_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    check_sequence = table.Column<int>(type: "int", nullable: false),
                    sequence = table.Column<int>(type: "int", nullable: false),
                    release_task_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    result = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    value = table.Column<decimal>(type: "decimal(12,4)", precision: 12, scale: 4, nullable: true),
                    outcome = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    recorded_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    is_retest = table.Column<bool>(type: "bit", nullable: false)
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
                INSERT INTO quality.qc_results (release_task_id, check_sequence, sequence, result, value, outcome, recorded_by, recorded_at, is_retest)
                SELECT c.release_task_id, c.sequence, 1, COALESCE(c.result, N''), c.percent_of_label, c.outcome, COALESCE(c.recorded_by, N''),
                       COALESCE(c.recorded_at, t.opened_at), 0
                FROM quality.release_task_checks c JOIN quality.release_tasks t ON t.id = c.release_task_id
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
                type: "decimal(6,2)",
                precision: 6,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "recorded_at",
                schema: "quality",
                table: "release_task_checks",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_by",
                schema: "quality",
                table: "release_task_checks",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "result",
                schema: "quality",
                table: "release_task_checks",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            // Each check takes back the latest of its results (a percentage of label only where the check read one).
            migrationBuilder.Sql(
                """
                UPDATE c SET
                    result = r.result,
                    percent_of_label = CASE WHEN c.measure IN (N'PercentOfLabel', N'PassFail') AND r.value < 10000 THEN r.value END,
                    recorded_by = r.recorded_by,
                    recorded_at = r.recorded_at
                FROM quality.release_task_checks c
                CROSS APPLY (SELECT TOP 1 q.result, q.value, q.recorded_by, q.recorded_at FROM quality.qc_results q
                             WHERE q.release_task_id = c.release_task_id AND q.check_sequence = c.sequence ORDER BY q.sequence DESC) r;
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
