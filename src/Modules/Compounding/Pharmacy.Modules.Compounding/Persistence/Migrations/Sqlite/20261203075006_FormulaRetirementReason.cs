using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Compounding.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FormulaRetirementReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "retirement_reason",
                schema: "compounding",
                table: "formulas",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "retirement_reason",
                schema: "compounding",
                table: "formulas");
        }
    }
}
