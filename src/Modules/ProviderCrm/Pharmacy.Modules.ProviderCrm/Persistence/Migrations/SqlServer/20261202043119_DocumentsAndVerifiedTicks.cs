using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.ProviderCrm.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DocumentsAndVerifiedTicks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "document_id",
                schema: "crm",
                table: "provider_onboarding_items",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "crm",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    account_kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    account_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    file_name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    stored_as = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    uploaded_by = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_provider_onboarding_items_document_id",
                schema: "crm",
                table: "provider_onboarding_items",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "IX_documents_account_kind_account_id",
                schema: "crm",
                table: "documents",
                columns: new[] { "account_kind", "account_id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_stored_as",
                schema: "crm",
                table: "documents",
                column: "stored_as",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "documents",
                schema: "crm");

            migrationBuilder.DropIndex(
                name: "IX_provider_onboarding_items_document_id",
                schema: "crm",
                table: "provider_onboarding_items");

            migrationBuilder.DropColumn(
                name: "document_id",
                schema: "crm",
                table: "provider_onboarding_items");
        }
    }
}
