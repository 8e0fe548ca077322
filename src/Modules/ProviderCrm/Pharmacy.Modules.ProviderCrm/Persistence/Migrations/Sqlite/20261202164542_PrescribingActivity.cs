using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.ProviderCrm.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrescribingActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "prescribing_activity",
                schema: "crm",
                columns: table => new
                {
                    rx_number = table.Column<long>(type: "INTEGER", nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    received_at = table.Column<string>(type: "TEXT", nullable: false),
                    received_month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    revenue = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prescribing_activity", x => x.rx_number);
                });

            migrationBuilder.CreateIndex(
                name: "IX_prescribing_activity_received_month_provider_id",
                schema: "crm",
                table: "prescribing_activity",
                columns: new[] { "received_month", "provider_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "prescribing_activity",
                schema: "crm");
        }
    }
}
