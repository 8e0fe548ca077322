using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Compounding.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FormulaStrengthEquipmentFactors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "container_closure",
                schema: "compounding",
                table: "formulas",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "equipment",
                schema: "compounding",
                table: "formulas",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "strength",
                schema: "compounding",
                table: "formulas",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "potency_factor",
                schema: "compounding",
                table: "formula_ingredients",
                type: "decimal(18,6)",
                precision: 18,
                scale: 6,
                nullable: false,
                // Lines written before factors existed are weighed at their quantity per unit.
                defaultValue: 1m);

            migrationBuilder.AddColumn<decimal>(
                name: "salt_factor",
                schema: "compounding",
                table: "formula_ingredients",
                type: "decimal(18,6)",
                precision: 18,
                scale: 6,
                nullable: false,
                // Lines written before factors existed are weighed at their quantity per unit.
                defaultValue: 1m);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "container_closure",
                schema: "compounding",
                table: "formulas");

            migrationBuilder.DropColumn(
                name: "equipment",
                schema: "compounding",
                table: "formulas");

            migrationBuilder.DropColumn(
                name: "strength",
                schema: "compounding",
                table: "formulas");

            migrationBuilder.DropColumn(
                name: "potency_factor",
                schema: "compounding",
                table: "formula_ingredients");

            migrationBuilder.DropColumn(
                name: "salt_factor",
                schema: "compounding",
                table: "formula_ingredients");
        }
    }
}
