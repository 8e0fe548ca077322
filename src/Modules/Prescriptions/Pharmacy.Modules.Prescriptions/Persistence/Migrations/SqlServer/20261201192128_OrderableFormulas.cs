using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrderableFormulas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "formulas",
                schema: "prescriptions",
                columns: table => new
                {
                    code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    dosage_form = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    counted_in_whole_units = table.Column<bool>(type: "bit", nullable: false),
                    storage = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    controlled_schedule = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_formulas", x => x.code);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "formulas",
                schema: "prescriptions");
        }
    }
}
