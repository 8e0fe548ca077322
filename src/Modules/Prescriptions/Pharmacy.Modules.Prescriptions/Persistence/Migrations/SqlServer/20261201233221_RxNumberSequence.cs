using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Prescriptions.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RxNumberSequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "rx_numbers",
                schema: "prescriptions",
                startValue: 7000001L,
                incrementBy: 20);

            // Rx numbers carry on after the highest one already given (MAX() + 1 before this migration).
            migrationBuilder.Sql(
                """
                DECLARE @next bigint = (SELECT COALESCE(MAX([rx_number]) + 1, 7000001) FROM [prescriptions].[prescriptions]);
                DECLARE @restart nvarchar(200) = N'ALTER SEQUENCE [prescriptions].[rx_numbers] RESTART WITH ' + CAST(@next AS nvarchar(20));
                EXEC sp_executesql @restart;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropSequence(
                name: "rx_numbers",
                schema: "prescriptions");
        }
    }
}
