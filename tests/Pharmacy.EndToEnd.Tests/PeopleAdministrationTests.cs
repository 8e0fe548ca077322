using System.Net;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Host.Identity;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>An administrator looks after people's accounts on the Users pages; every act shows in the security log.</summary>
public sealed class PeopleAdministrationTests : IClassFixture<PharmacyApp>
{
    private const int LockoutAfter = 5;
    private const string NewPassword = "Chosen-By-Me-2027!";
    private readonly PharmacyApp _app;

    public PeopleAdministrationTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task A_locked_user_is_unlocked_by_an_administrator_on_the_users_page_and_signs_in()
    {
        var person = await _app.CreatePersonAsync("locked.tech", Roles.Technician);
        await LockAsync("locked.tech");
        var admin = await _app.SignedInAsync("admin");
        var details = DetailsOf(person);

        var listed = await admin.GetStringAsync("/Admin/Users?search=locked.tech");
        var unlocked = await admin.SubmitAsync(details, new Dictionary<string, string>(), handler: "Unlock");
        var signIn = await _app.CreateClient().SignInAsync("locked.tech", PharmacyApp.Password);

        Assert.Contains("badge-attention\">Locked", listed);
        Assert.Contains("The user is unlocked and can sign in again.", await unlocked.Content.ReadAsStringAsync());
        Assert.True(signIn.LandedOnDashboard(), "the unlocked user could not sign in");
    }

    [Fact]
    public async Task A_password_reset_link_works_once()
    {
        var person = await _app.CreatePersonAsync("forgot.password", Roles.QualityAssurance);
        var admin = await _app.SignedInAsync("admin");

        var issued = await admin.SubmitAsync(DetailsOf(person), new Dictionary<string, string>(), handler: "PasswordLink");
        var link = People.OneTimeLink(await issued.Content.ReadAsStringAsync());
        var visitor = _app.CreateClient();
        var set = await visitor.SubmitAsync(link, new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        var signIn = await _app.CreateClient().SignInAsync("forgot.password", NewPassword);
        var again = await _app.CreateClient().GetStringAsync(link);

        Assert.Contains("Your password is set.", await set.Content.ReadAsStringAsync());
        Assert.True(signIn.LandedOnDashboard(), "the new password did not sign in");
        Assert.Contains("This link has been used already or has expired.", again);
        Assert.DoesNotContain(link, await admin.GetStringAsync(DetailsOf(person)));
    }

    [Fact]
    public async Task An_administrator_creates_a_user_with_roles_who_chooses_a_password_and_reaches_their_work()
    {
        var admin = await _app.SignedInAsync("admin");

        var created = await admin.SubmitAsync("/Admin/Users/Create", new Dictionary<string, string>
        {
            ["UserName"] = "new.pharmacist", ["DisplayName"] = "Lee Park, PharmD", ["roles"] = Roles.Pharmacist,
        });
        var link = People.OneTimeLink(await created.Content.ReadAsStringAsync());
        await _app.CreateClient().SubmitAsync(link, new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        var signedIn = _app.CreateClient();
        var signIn = await signedIn.SignInAsync("new.pharmacist", NewPassword);
        var queue = await signedIn.GetAsync("/Prescriptions/Queue");
        var taken = await admin.SubmitAsync("/Admin/Users/Create", new Dictionary<string, string>
        {
            ["UserName"] = "new.pharmacist", ["DisplayName"] = "", ["roles"] = Roles.Pharmacist,
        });
        var refused = await taken.Content.ReadAsStringAsync();

        Assert.True(signIn.LandedOnDashboard());
        Assert.Equal("/Prescriptions/Queue", queue.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("This user name is taken; choose another.", refused);
        Assert.Contains("Enter the name shown on signatures", refused);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_their_open_session_ends()
    {
        var person = await _app.CreatePersonAsync("leaving.tech", Roles.Technician);
        var theirSession = await _app.SignedInAsync("leaving.tech");
        var admin = await _app.SignedInAsync("admin");

        var disabled = await admin.SubmitAsync(DetailsOf(person), new Dictionary<string, string>(), handler: "Disable");
        var openSession = await theirSession.GetAsync("/Prescriptions/Queue");
        var signIn = await _app.CreateClient().SignInAsync("leaving.tech", PharmacyApp.Password);
        var ownAccount = await admin.SubmitAsync(DetailsOf(await UserAsync("admin")), new Dictionary<string, string>(), handler: "Disable");

        Assert.Contains("badge-stopped\">Disabled", await disabled.Content.ReadAsStringAsync());
        Assert.Equal("/Account/SignIn", openSession.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("This account is disabled.", await signIn.Content.ReadAsStringAsync());
        Assert.Contains("You cannot disable your own account.", await ownAccount.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_change_of_roles_reaches_the_persons_open_session()
    {
        var person = await _app.CreatePersonAsync("moves.to.billing", Roles.Technician);
        var theirSession = await _app.SignedInAsync("moves.to.billing");
        var admin = await _app.SignedInAsync("admin");

        await admin.SubmitAsync(DetailsOf(person), new Dictionary<string, string> { ["roles"] = Roles.Billing }, handler: "Roles");
        var billing = await theirSession.GetAsync("/Billing/Charges");

        Assert.Equal("/Billing/Charges", billing.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task The_security_log_shows_failed_sign_ins_the_lockout_the_unlock_and_a_wrong_signature_password()
    {
        var person = await _app.CreatePersonAsync("logged.pharmacist", Roles.Pharmacist);
        await LockAsync("logged.pharmacist");
        var admin = await _app.SignedInAsync("admin");
        await admin.SubmitAsync(DetailsOf(person), new Dictionary<string, string>(), handler: "Unlock");
        await _app.InScopeAsync(services => services.GetRequiredService<ISignatureVerifier>().VerifyAsync(person.Id, "not-my-password", CancellationToken.None));

        var log = await admin.GetStringAsync("/Admin/SecurityLog?user=logged.pharmacist");
        var lockouts = await admin.GetStringAsync("/Admin/SecurityLog?user=logged.pharmacist&kind=LockedOut");

        Assert.Contains("Sign-in failed", log);
        Assert.Contains("Wrong password", log);
        Assert.Contains("Locked out", log);
        Assert.Contains("Unlocked", log);
        Assert.Contains("Wrong signature password", log);
        Assert.DoesNotContain("guess-", log);
        Assert.Contains("1 record", lockouts);
    }

    private static string DetailsOf(PharmacyUser person) => $"/Admin/Users/Details?id={Uri.EscapeDataString(person.Id)}";

    private async Task<PharmacyUser> UserAsync(string userName) =>
        await _app.InScopeAsync(async services =>
            (await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PharmacyUser>>().FindByNameAsync(userName))!);

    private async Task LockAsync(string userName)
    {
        var client = _app.CreateClient();
        for (var attempt = 1; attempt <= LockoutAfter; attempt++)
        {
            await client.SignInAsync(userName, $"guess-{attempt}");
        }

        var refused = await client.SignInAsync(userName, PharmacyApp.Password);
        Assert.Contains("This account is locked", await refused.Content.ReadAsStringAsync());
    }
}
