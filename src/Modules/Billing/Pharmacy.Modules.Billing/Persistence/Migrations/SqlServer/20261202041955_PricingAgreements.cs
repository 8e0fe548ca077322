using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.Billing.Persistence.Migrations.SqlServer
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
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "account_agreements",
                schema: "billing",
                columns: table => new
                {
                    agreement_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    account = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    account_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    formula_code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    price_per_unit = table.Column<decimal>(type: "decimal(12,4)", precision: 12, scale: 4, nullable: true),
                    discount_percent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn = table.Column<bool>(type: "bit", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                    provider_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
