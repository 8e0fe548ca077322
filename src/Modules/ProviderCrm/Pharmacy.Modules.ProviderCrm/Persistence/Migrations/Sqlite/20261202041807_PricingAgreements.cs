using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.ProviderCrm.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PricingAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pricing_agreements",
                schema: "crm",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    formula_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    terms = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    price_per_unit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    discount_percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    agreed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    agreed_at = table.Column<string>(type: "TEXT", nullable: false),
                    changed_at = table.Column<string>(type: "TEXT", nullable: false),
                    change_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pricing_agreements", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pricing_agreements_account_kind_account_id_formula_code",
                schema: "crm",
                table: "pricing_agreements",
                columns: new[] { "account_kind", "account_id", "formula_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pricing_agreements",
                schema: "crm");
        }
    }
}
