using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Compounding.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BatchQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_batches_status",
                schema: "compounding",
                table: "batches");

            migrationBuilder.CreateIndex(
                name: "IX_batches_formula_code_planned_at_batch_number",
                schema: "compounding",
                table: "batches",
                columns: new[] { "formula_code", "planned_at", "batch_number" });

            migrationBuilder.CreateIndex(
                name: "IX_batches_planned_at_batch_number",
                schema: "compounding",
                table: "batches",
                columns: new[] { "planned_at", "batch_number" });

            migrationBuilder.CreateIndex(
                name: "IX_batches_status_planned_at_batch_number",
                schema: "compounding",
                table: "batches",
                columns: new[] { "status", "planned_at", "batch_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_batches_formula_code_planned_at_batch_number",
                schema: "compounding",
                table: "batches");

            migrationBuilder.DropIndex(
                name: "IX_batches_planned_at_batch_number",
                schema: "compounding",
                table: "batches");

            migrationBuilder.DropIndex(
                name: "IX_batches_status_planned_at_batch_number",
                schema: "compounding",
                table: "batches");

            migrationBuilder.CreateIndex(
                name: "IX_batches_status",
                schema: "compounding",
                table: "batches",
                column: "status");
        }
    }
}
