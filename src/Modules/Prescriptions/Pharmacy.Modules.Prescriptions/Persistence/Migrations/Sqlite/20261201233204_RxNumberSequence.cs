using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RxNumberSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "number_sequences",
                schema: "prescriptions",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    next_value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_sequences", x => x.name);
                });

            // Rx numbers carry on after the highest one already given (MAX() + 1 before this migration).
            migrationBuilder.Sql(
                """
                INSERT INTO "number_sequences" ("name", "next_value")
                SELECT 'rx_numbers', COALESCE(MAX("rx_number") + 1, 7000001) FROM "prescriptions";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "number_sequences",
                schema: "prescriptions");
        }
    }
}
