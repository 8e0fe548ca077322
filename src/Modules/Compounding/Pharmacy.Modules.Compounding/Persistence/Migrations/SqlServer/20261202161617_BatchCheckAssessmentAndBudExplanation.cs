using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Compounding.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BatchCheckAssessmentAndBudExplanation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "bud_explanation",
                schema: "compounding",
                table: "batches",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "check_assessment",
                schema: "compounding",
                table: "batches",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "bud_explanation",
                schema: "compounding",
                table: "batches");

            migrationBuilder.DropColumn(
                name: "check_assessment",
                schema: "compounding",
                table: "batches");
        }
    }
}
