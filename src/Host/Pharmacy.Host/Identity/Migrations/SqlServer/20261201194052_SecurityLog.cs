using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Host.Identity.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SecurityLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                schema: "identity",
                table: "AspNetUsers",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "security_log",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
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
