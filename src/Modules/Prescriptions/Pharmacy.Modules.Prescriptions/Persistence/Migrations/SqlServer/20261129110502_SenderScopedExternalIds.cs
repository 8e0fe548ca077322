using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SenderScopedExternalIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_prescriptions_channel_external_id",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.AddColumn<string>(
                name: "submitted_by",
                schema: "prescriptions",
                table: "prescriptions",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_channel_submitted_by_external_id",
                schema: "prescriptions",
                table: "prescriptions",
                columns: new[] { "channel", "submitted_by", "external_id" },
                unique: true,
                filter: "[submitted_by] IS NOT NULL AND [external_id] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_prescriptions_channel_submitted_by_external_id",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.DropColumn(
                name: "submitted_by",
                schema: "prescriptions",
                table: "prescriptions");

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_channel_external_id",
                schema: "prescriptions",
                table: "prescriptions",
                columns: new[] { "channel", "external_id" },
                unique: true,
                filter: "[external_id] IS NOT NULL");
        }
    }
}
