using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Host.Identity;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>People of one test: their own accounts, so that locks and sessions of one test never touch another.</summary>
public static partial class People
{
    public static async Task<PharmacyUser> CreatePersonAsync(this PharmacyApp app, string userName, string role) =>
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PharmacyUser>>();
            var user = new PharmacyUser { UserName = userName, DisplayName = $"{userName} (test)" };
            Assert.True((await users.CreateAsync(user, PharmacyApp.Password)).Succeeded, $"{userName} could not be created");
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return user;
        });

    /// <summary>Submits the sign-in form; the answer is the page the person ends on.</summary>
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password) =>
        client.SubmitAsync("/Account/SignIn", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    public static bool LandedOnDashboard(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == "/";

    /// <summary>A client whose cookies the test can see and copy; it does not follow redirects.</summary>
    public static HttpClient ClientWith(this PharmacyApp app, CookieContainer cookies) => app.CreateDefaultClient(new CookieContainerHandler(cookies));

    public static string OneTimeLink(string page)
    {
        var match = LinkPattern().Match(page);
        Assert.True(match.Success, "the page shows no one-time link");
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value)).PathAndQuery;
    }

    [GeneratedRegex("id=\"one-time-link\">([^<]+)<")]
    private static partial Regex LinkPattern();
}
