using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Modules.Reporting.ReadModels;

#nullable disable

namespace Pharmacy.Modules.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RxTurnaroundReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "prescriptions_received",
                schema: "reporting",
                columns: table => new
                {
                    prescription_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    rx_number = table.Column<long>(type: "INTEGER", nullable: false),
                    received_at = table.Column<string>(type: "TEXT", nullable: true),
                    verified_at = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prescriptions_received", x => x.prescription_id);
                });

            migrationBuilder.CreateTable(
                name: "rx_turnaround",
                schema: "reporting",
                columns: table => new
                {
                    fill_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    prescription_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    rx_number = table.Column<long>(type: "INTEGER", nullable: true),
                    fill_number = table.Column<int>(type: "INTEGER", nullable: true),
                    formula_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: true),
                    received_at = table.Column<string>(type: "TEXT", nullable: true),
                    verified_at = table.Column<string>(type: "TEXT", nullable: true),
                    requested_at = table.Column<string>(type: "TEXT", nullable: true),
                    batch_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    compounded_at = table.Column<string>(type: "TEXT", nullable: true),
                    released_at = table.Column<string>(type: "TEXT", nullable: true),
                    rejected_at = table.Column<string>(type: "TEXT", nullable: true),
                    dispensed_at = table.Column<string>(type: "TEXT", nullable: true),
                    dispense_method = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    charged_at = table.Column<string>(type: "TEXT", nullable: true),
                    charge_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    charge_currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rx_turnaround", x => x.fill_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rx_turnaround_formula_code",
                schema: "reporting",
                table: "rx_turnaround",
                column: "formula_code");

            migrationBuilder.CreateIndex(
                name: "IX_rx_turnaround_prescription_id",
                schema: "reporting",
                table: "rx_turnaround",
                column: "prescription_id");

            migrationBuilder.CreateIndex(
                name: "IX_rx_turnaround_received_at",
                schema: "reporting",
                table: "rx_turnaround",
                column: "received_at");

            RxTurnaroundView.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RxTurnaroundView.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "prescriptions_received",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "rx_turnaround",
                schema: "reporting");
        }
    }
}
