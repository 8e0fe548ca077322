using Microsoft.EntityFrameworkCore.Migrations;
using Pharmacy.Modules.Reporting.ReadModels;

#nullable disable

namespace Pharmacy.Modules.Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FillCancellations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            RxTurnaroundView.Drop(migrationBuilder);

            migrationBuilder.AddColumn<string>(
                name: "cancelled_at",
                schema: "reporting",
                table: "rx_turnaround",
                type: "TEXT",
                nullable: true);

            RxTurnaroundView.Create(migrationBuilder, version: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RxTurnaroundView.Drop(migrationBuilder);

            // EF rebuilds the table to drop a column and moves the rebuild ahead of the view's DROP; SQLite drops it in place.
            migrationBuilder.Sql("ALTER TABLE rx_turnaround DROP COLUMN cancelled_at;");

            RxTurnaroundView.Create(migrationBuilder, version: 1);
        }
    }
}
