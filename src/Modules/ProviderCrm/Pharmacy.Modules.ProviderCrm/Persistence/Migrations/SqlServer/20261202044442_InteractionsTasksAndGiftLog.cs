using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.ProviderCrm.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InteractionsTasksAndGiftLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "follow_up_tasks",
                schema: "crm",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    account_kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    account_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assigned_to = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    done = table.Column<bool>(type: "bit", nullable: false),
                    done_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    done_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    created_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gift_log",
                schema: "crm",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    provider_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    value = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    anti_kickback_flag = table.Column<bool>(type: "bit", nullable: false),
                    review = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    logged_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    logged_by_id = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    logged_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    reviewed_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    review_note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gift_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "interactions",
                schema: "crm",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    account_kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    account_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    outcome = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interactions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_tasks_account_kind_account_id",
                schema: "crm",
                table: "follow_up_tasks",
                columns: new[] { "account_kind", "account_id" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_tasks_assigned_to_done_due_on",
                schema: "crm",
                table: "follow_up_tasks",
                columns: new[] { "assigned_to", "done", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_gift_log_provider_id",
                schema: "crm",
                table: "gift_log",
                column: "provider_id");

            migrationBuilder.CreateIndex(
                name: "IX_gift_log_review_logged_at",
                schema: "crm",
                table: "gift_log",
                columns: new[] { "review", "logged_at" });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_account_kind_account_id_occurred_on",
                schema: "crm",
                table: "interactions",
                columns: new[] { "account_kind", "account_id", "occurred_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_tasks",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "gift_log",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "interactions",
                schema: "crm");
        }
    }
}
