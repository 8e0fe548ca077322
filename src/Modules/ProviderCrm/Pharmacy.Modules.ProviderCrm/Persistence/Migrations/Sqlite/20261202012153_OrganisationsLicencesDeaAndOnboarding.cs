using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pharmacy.Modules.ProviderCrm.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganisationsLicencesDeaAndOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "specialties",
                schema: "crm",
                table: "providers",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "crm",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    address_line1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    address_line2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    address_city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    address_state = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    address_zip = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    registered_at = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "provider_dea_registrations",
                schema: "crm",
                columns: table => new
                {
                    number = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    schedules = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_dea_registrations", x => new { x.provider_id, x.number });
                    table.ForeignKey(
                        name: "FK_provider_dea_registrations_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "crm",
                        principalTable: "providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_licences",
                schema: "crm",
                columns: table => new
                {
                    state = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_licences", x => new { x.provider_id, x.state });
                    table.ForeignKey(
                        name: "FK_provider_licences_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "crm",
                        principalTable: "providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_memberships",
                schema: "crm",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    joined_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_memberships", x => new { x.provider_id, x.organisation_id });
                    table.ForeignKey(
                        name: "FK_provider_memberships_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "crm",
                        principalTable: "providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "provider_onboarding_items",
                schema: "crm",
                columns: table => new
                {
                    item = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ticked_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ticked_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_onboarding_items", x => new { x.provider_id, x.item });
                    table.ForeignKey(
                        name: "FK_provider_onboarding_items_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "crm",
                        principalTable: "providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_contacts",
                schema: "crm",
                columns: table => new
                {
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisation_contacts", x => new { x.organisation_id, x.number });
                    table.ForeignKey(
                        name: "FK_organisation_contacts_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalSchema: "crm",
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organisations_name",
                schema: "crm",
                table: "organisations",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_memberships_organisation_id",
                schema: "crm",
                table: "provider_memberships",
                column: "organisation_id");

            // Providers registered before statuses carried a reason read as what they were: registered for onboarding,
            // or activated. Providers already active stay active; their checklist applies from their next activation.
            migrationBuilder.Sql("UPDATE providers SET status_reason = 'Registered for onboarding' WHERE status = 'Onboarding' AND status_reason IS NULL;");
            migrationBuilder.Sql("UPDATE providers SET status_reason = 'Activated' WHERE status = 'Active' AND status_reason IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organisation_contacts",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "provider_dea_registrations",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "provider_licences",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "provider_memberships",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "provider_onboarding_items",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "crm");

            migrationBuilder.DropColumn(
                name: "specialties",
                schema: "crm",
                table: "providers");
        }
    }
}
