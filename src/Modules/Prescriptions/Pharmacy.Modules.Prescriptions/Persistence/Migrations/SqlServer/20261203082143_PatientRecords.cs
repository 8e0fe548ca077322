using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PatientRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "patient_id",
                schema: "prescriptions",
                table: "prescriptions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "patients",
                schema: "prescriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    first_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    sex = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    state = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    home_line1 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    home_line2 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    home_city = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    home_state = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    home_zip = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    ship_to_line1 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ship_to_line2 = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ship_to_city = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ship_to_state = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    ship_to_zip = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    phone = table.Column<string>(type: "nvarchar(25)", maxLength: 25, nullable: true),
                    alternate_phone = table.Column<string>(type: "nvarchar(25)", maxLength: 25, nullable: true),
                    email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    allergy_status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    insurance_payer_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    insurance_bin = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    insurance_pcn = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    insurance_group_number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    insurance_member_id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    insurance_relationship = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    possible_duplicate_of = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    merged_into = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    duplicate_reviewed_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    duplicate_reviewed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    patient_first_name_key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, computedColumnSql: "CAST(lower(replace(replace(replace(replace(first_name, ' ', ''), '-', ''), '''', ''), '.', '')) AS nvarchar(100))", stored: false),
                    patient_last_name_key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, computedColumnSql: "CAST(lower(replace(replace(replace(replace(last_name, ' ', ''), '-', ''), '''', ''), '.', '')) AS nvarchar(100))", stored: false),
                    current_medications = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "patient_allergies",
                schema: "prescriptions",
                columns: table => new
                {
                    patient_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    substance = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    reaction = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patient_allergies", x => new { x.patient_id, x.id });
                    table.ForeignKey(
                        name: "FK_patient_allergies_patients_patient_id",
                        column: x => x.patient_id,
                        principalSchema: "prescriptions",
                        principalTable: "patients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_patient_id_rx_number",
                schema: "prescriptions",
                table: "prescriptions",
                columns: new[] { "patient_id", "rx_number" });

            migrationBuilder.CreateIndex(
                name: "IX_patients_date_of_birth",
                schema: "prescriptions",
                table: "patients",
                column: "date_of_birth");

            migrationBuilder.CreateIndex(
                name: "IX_patients_merged_into",
                schema: "prescriptions",
                table: "patients",
                column: "merged_into");

            migrationBuilder.CreateIndex(
                name: "IX_patients_patient_last_name_key_patient_first_name_key",
                schema: "prescriptions",
                table: "patients",
                columns: new[] { "patient_last_name_key", "patient_first_name_key" });

            migrationBuilder.CreateIndex(
                name: "IX_patients_possible_duplicate_of",
                schema: "prescriptions",
                table: "patients",
                column: "possible_duplicate_of",
                filter: "possible_duplicate_of IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "patient_allergies",
                schema: "prescriptions");

            migrationBuilder.DropTable(
                name: "patients",
                schema: "prescriptions");

            migrationBuilder.DropIndex(
                name: "IX_prescriptions_patient_id_rx_number",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "patient_id",
                schema: "prescriptions",
                table: "prescriptions");
        }
    }
}
