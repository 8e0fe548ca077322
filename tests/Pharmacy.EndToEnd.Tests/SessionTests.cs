using System.Net;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>A session ends on the server: signing out, signing out everywhere and a new password leave no cookie that still works.</summary>
public sealed class SessionTests : IClassFixture<PharmacyApp>
{
    private const string CookieName = "pharmacy.auth";
    private static readonly Uri Site = new("http://localhost");
    private readonly PharmacyApp _app;

    public SessionTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task A_copy_of_the_cookie_no_longer_works_after_signing_out()
    {
        await _app.CreatePersonAsync("copied.cookie", Roles.Technician);
        var browser = await SignedInWithCookiesAsync("copied.cookie");
        var copy = browser.Cookies.GetCookies(Site)[CookieName]!;

        var beforeSignOut = await ReplayAsync(copy, "/Prescriptions/Queue");
        await browser.Client.SubmitAsync("/", new Dictionary<string, string>(), handler: null, action: "/Account/SignOut");
        var page = await ReplayAsync(copy, "/Prescriptions/Queue");
        var api = await ReplayAsync(copy, "/api/prescriptions");

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/SignIn", new Uri(Site, page.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_persons_session_on_another_computer()
    {
        await _app.CreatePersonAsync("two.computers", Roles.Technician);
        var atTheBench = await SignedInWithCookiesAsync("two.computers");
        var atTheFrontDesk = await SignedInWithCookiesAsync("two.computers");

        var signedOut = await atTheFrontDesk.Client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>(), action: "/Account/SignOut?handler=Everywhere");
        var bench = await atTheBench.Client.GetAsync("/Prescriptions/Queue");

        Assert.StartsWith("/Account/SignOut", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, bench.StatusCode);
        Assert.Equal("/Account/SignIn", new Uri(Site, bench.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task A_person_changes_their_password_stays_signed_in_and_only_the_new_one_works_afterwards()
    {
        const string newPassword = "Another-Password-2027!";
        await _app.CreatePersonAsync("changes.password", Roles.Billing);
        var client = await _app.SignedInAsync("changes.password");

        var wrongCurrent = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not-my-password", ["NewPassword"] = newPassword, ["ConfirmPassword"] = newPassword,
        });
        var changed = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PharmacyApp.Password, ["NewPassword"] = newPassword, ["ConfirmPassword"] = newPassword,
        });
        var stillSignedIn = await client.GetAsync("/Billing/Charges");
        var oldPassword = await _app.CreateClient().SignInAsync("changes.password", PharmacyApp.Password);
        var withNewPassword = await _app.CreateClient().SignInAsync("changes.password", newPassword);

        Assert.Contains("This is not your current password.", await wrongCurrent.Content.ReadAsStringAsync());
        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync());
        Assert.Equal("/Billing/Charges", stillSignedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("The user name or password is not correct.", await oldPassword.Content.ReadAsStringAsync());
        Assert.True(withNewPassword.LandedOnDashboard());
    }

    private async Task<(HttpClient Client, CookieContainer Cookies)> SignedInWithCookiesAsync(string userName)
    {
        var cookies = new CookieContainer();
        var client = _app.ClientWith(cookies);
        var signedIn = await client.SignInAsync(userName, PharmacyApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        return (client, cookies);
    }

    private async Task<HttpResponseMessage> ReplayAsync(Cookie copy, string path)
    {
        var jar = new CookieContainer();
        jar.Add(Site, new Cookie(copy.Name, copy.Value, "/"));
        return await _app.ClientWith(jar).GetAsync(path);
    }
}
