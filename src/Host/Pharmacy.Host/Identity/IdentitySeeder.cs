using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Host.Identity;

/// <summary>
/// Brings the identity database up to date, makes sure every role exists, and, when Demo:Users is on (Development),
/// creates one demo user per role and the demo API key, so that a new user lands on a system they can sign in to.
/// </summary>
internal sealed class IdentitySeeder(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, IConfiguration configuration, TimeProvider clock)
    : IHostedService
{
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role)> DemoUsers =
    [
        ("admin", "Alex Morgan, Administrator", Roles.Admin),
        ("pharmacist", "Dana Whitfield, PharmD", Roles.Pharmacist),
        ("pharmacist2", "Ravi Menon, PharmD", Roles.Pharmacist),
        ("technician", "Jordan Lee, CPhT", Roles.Technician),
        ("qa", "Priya Natarajan, QA", Roles.QualityAssurance),
        ("billing", "Sam Ortega, Billing", Roles.Billing),
        ("accounts", "Morgan Blake, Account Manager", Roles.AccountManager),
        ("portal", "Dr. Elena Ruiz (portal)", Roles.ProviderPortal),
    ];

    /// <summary>The demo clinic the demo portal user orders for (the CRM's demo data registers it with this id).</summary>
    public static readonly (Guid Id, string Name) DemoPortalOrganisation = (Guid.Parse("0193a001-0000-7000-8000-000000000001"), "Hill Country Family Clinic");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (database.Value.MigrateOnStartup)
        {
            await services.GetRequiredService<PharmacyIdentityDbContext>().Database.MigrateAsync(cancellationToken);
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var demo = DemoSettings.From(configuration);
        if (demo.Users)
        {
            await SeedDemoUsersAsync(services.GetRequiredService<UserManager<PharmacyUser>>(), demo.Password);
            await SeedDemoApiKeyAsync(services.GetRequiredService<PharmacyIdentityDbContext>(), demo.ApiKey, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task SeedDemoUsersAsync(UserManager<PharmacyUser> users, string password)
    {
        foreach (var (userName, displayName, role) in DemoUsers)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new PharmacyUser { UserName = userName, DisplayName = displayName, Email = $"{userName}@pharmacy.example", EmailConfirmed = true };
            if (role == Roles.ProviderPortal)
            {
                user.AssignToOrganisation(DemoPortalOrganisation.Id, DemoPortalOrganisation.Name);
            }

            Check(await users.CreateAsync(user, password), userName);
            Check(await users.AddToRoleAsync(user, role), userName);
        }
    }

    private async Task SeedDemoApiKeyAsync(PharmacyIdentityDbContext db, string secret, CancellationToken cancellationToken)
    {
        var hash = ApiKey.HashOf(secret);
        if (await db.ApiKeys.AnyAsync(key => key.Hash == hash, cancellationToken))
        {
            return;
        }

        db.ApiKeys.Add(ApiKey.FromSecret("Demo e-prescribing gateway", Scopes.All, "System", clock.GetUtcNow(), secret));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {userName} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

/// <summary>The Demo section: what a fresh Development system is given to show itself.</summary>
internal sealed record DemoSettings(bool Users, bool Data, bool Catalog, bool Work, string Password, string ApiKey)
{
    public const string DefaultPassword = "Compound-2026!";
    public const string DefaultApiKey = "pk_demo_compounding_pharmacy_2026";

    public static DemoSettings From(IConfiguration configuration) => new(
        configuration.GetValue("Demo:Users", false),
        configuration.GetValue("Demo:Data", false),
        configuration.GetValue("Demo:Catalog", configuration.GetValue("Demo:Data", false)),
        // The demo morning's work follows the demo data unless switched off on its own (tests that walk the flow).
        configuration.GetValue("Demo:Work", configuration.GetValue("Demo:Data", false)),
        configuration["Demo:Password"] is { Length: > 0 } password ? password : DefaultPassword,
        configuration["Demo:ApiKey"] is { Length: > 0 } key ? key : DefaultApiKey);
}
