using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Host.Identity.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecurityLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisabledAt",
                schema: "identity",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "security_log",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_log", x => x.Id);
                });

            global::Pharmacy.Host.Identity.SecurityLog.SecurityLogTable.RefuseChanges(migrationBuilder);

            migrationBuilder.CreateIndex(
                name: "IX_security_log_OccurredAt",
                schema: "identity",
                table: "security_log",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_security_log_UserName_OccurredAt",
                schema: "identity",
                table: "security_log",
                columns: new[] { "UserName", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            global::Pharmacy.Host.Identity.SecurityLog.SecurityLogTable.AllowChanges(migrationBuilder);

            migrationBuilder.DropTable(
                name: "security_log",
                schema: "identity");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                schema: "identity",
                table: "AspNetUsers");
        }
    }
}
