using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Modules.Reporting.ReadModels;

#nullable disable

namespace Pharmacy.Modules.Reporting.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FillCancellations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            RxTurnaroundView.Drop(migrationBuilder);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                schema: "reporting",
                table: "rx_turnaround",
                type: "datetimeoffset",
                nullable: true);

            RxTurnaroundView.Create(migrationBuilder, version: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RxTurnaroundView.Drop(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                schema: "reporting",
                table: "rx_turnaround");

            RxTurnaroundView.Create(migrationBuilder, version: 1);
        }
    }
}
