using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.ProviderCrm.Persistence.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    assigned_to = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    done = table.Column<bool>(type: "INTEGER", nullable: false),
                    done_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    done_at = table.Column<string>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    given_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    anti_kickback_flag = table.Column<bool>(type: "INTEGER", nullable: false),
                    review = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    logged_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    logged_by_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    logged_at = table.Column<string>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reviewed_at = table.Column<string>(type: "TEXT", nullable: true),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_at = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
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
