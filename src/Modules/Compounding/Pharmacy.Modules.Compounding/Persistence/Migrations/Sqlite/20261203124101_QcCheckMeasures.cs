using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Compounding.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QcCheckMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "highest",
                schema: "compounding",
                table: "formula_quality_checks",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "lowest",
                schema: "compounding",
                table: "formula_quality_checks",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "measure",
                schema: "compounding",
                table: "formula_quality_checks",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                // Checks written before results had measures are judged in words, as they were.
                defaultValue: "PassFail");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "highest",
                schema: "compounding",
                table: "formula_quality_checks");

            migrationBuilder.DropColumn(
                name: "lowest",
                schema: "compounding",
                table: "formula_quality_checks");

            migrationBuilder.DropColumn(
                name: "measure",
                schema: "compounding",
                table: "formula_quality_checks");
        }
    }
}
