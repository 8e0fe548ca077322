using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Billing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PricingAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "pricing_agreement_id",
                schema: "billing",
                table: "charges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "account_agreements",
                schema: "billing",
                columns: table => new
                {
                    agreement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    account = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    account_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    formula_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    price_per_unit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    discount_percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    changed_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_account_agreements", x => x.agreement_id);
                });

            migrationBuilder.CreateTable(
                name: "provider_organisations",
                schema: "billing",
                columns: table => new
                {
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_organisations", x => new { x.provider_id, x.organisation_id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_charges_pricing_agreement_id",
                schema: "billing",
                table: "charges",
                column: "pricing_agreement_id");

            migrationBuilder.CreateIndex(
                name: "IX_account_agreements_formula_code_account_account_id",
                schema: "billing",
                table: "account_agreements",
                columns: new[] { "formula_code", "account", "account_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_agreements",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "provider_organisations",
                schema: "billing");

            migrationBuilder.DropIndex(
                name: "IX_charges_pricing_agreement_id",
                schema: "billing",
                table: "charges");

            migrationBuilder.DropColumn(
                name: "pricing_agreement_id",
                schema: "billing",
                table: "charges");
        }
    }
}
