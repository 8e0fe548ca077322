using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PrescriberLicencesAndDeaRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "prescriber_dea_number",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "prescriber_dea_registrations",
                schema: "prescriptions",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    number = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    schedules = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prescriber_dea_registrations", x => new { x.provider_id, x.number });
                });

            migrationBuilder.CreateTable(
                name: "prescriber_licences",
                schema: "prescriptions",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    state = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    number = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prescriber_licences", x => new { x.provider_id, x.state });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "prescriber_dea_registrations",
                schema: "prescriptions");

            migrationBuilder.DropTable(
                name: "prescriber_licences",
                schema: "prescriptions");

            migrationBuilder.DropColumn(
                name: "prescriber_dea_number",
                schema: "prescriptions",
                table: "prescriptions");
        }
    }
}
