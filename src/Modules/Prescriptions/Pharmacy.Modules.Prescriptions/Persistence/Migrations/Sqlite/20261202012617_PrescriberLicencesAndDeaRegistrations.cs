using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 9,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "prescriber_dea_registrations",
                schema: "prescriptions",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    schedules = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    changed_at = table.Column<string>(type: "TEXT", nullable: false)
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
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    changed_at = table.Column<string>(type: "TEXT", nullable: false)
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
