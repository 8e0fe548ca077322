using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueueSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_prescriptions_status",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.AddColumn<string>(
                name: "patient_first_name_key",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                computedColumnSql: "CAST(lower(replace(replace(replace(replace(patient_first_name, ' ', ''), '-', ''), '''', ''), '.', '')) AS nvarchar(100))",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "patient_last_name_key",
                schema: "prescriptions",
                table: "prescriptions",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                computedColumnSql: "CAST(lower(replace(replace(replace(replace(patient_last_name, ' ', ''), '-', ''), '''', ''), '.', '')) AS nvarchar(100))",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_clarification_answered_at",
                schema: "prescriptions",
                table: "prescriptions",
                column: "clarification_answered_at",
                filter: "clarification_question IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_formula_code_rx_number",
                schema: "prescriptions",
                table: "prescriptions",
                columns: new[] { "formula_code", "rx_number" });

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_patient_date_of_birth",
                schema: "prescriptions",
                table: "prescriptions",
                column: "patient_date_of_birth");

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_patient_first_name_key",
                schema: "prescriptions",
                table: "prescriptions",
                column: "patient_first_name_key");

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_patient_last_name_key_patient_first_name_key",
                schema: "prescriptions",
                table: "prescriptions",
                columns: new[] { "patient_last_name_key", "patient_first_name_key" });

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_prescriber_id_rx_number",
                schema: "prescriptions",
                table: "prescriptions",
                columns: new[] { "prescriber_id", "rx_number" });

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_status_rx_number",
                schema: "prescriptions",
                table: "prescriptions",
                columns: new[] { "status", "rx_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_prescriptions_clarification_answered_at",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_prescriptions_formula_code_rx_number",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_prescriptions_patient_date_of_birth",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_prescriptions_patient_first_name_key",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_prescriptions_patient_last_name_key_patient_first_name_key",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_prescriptions_prescriber_id_rx_number",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_prescriptions_status_rx_number",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "patient_first_name_key",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "patient_last_name_key",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_status",
                schema: "prescriptions",
                table: "prescriptions",
                column: "status");
        }
    }
}
