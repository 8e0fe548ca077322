using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Host.Identity;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>The shipped limits: a stream of guesses from one address is cut short, and an outsider cannot lock a pharmacist out.</summary>
public sealed class SignInLimitsTests : IClassFixture<SignInLimitsApp>
{
    private const int AttemptsPerAddress = 10;
    private readonly SignInLimitsApp _app;

    public SignInLimitsTests(SignInLimitsApp app) => _app = app;

    [Fact]
    public async Task The_eleventh_fast_wrong_password_from_one_address_is_refused_with_a_time_to_wait()
    {
        var guesser = _app.ClientAt("198.51.100.11");
        for (var attempt = 1; attempt <= AttemptsPerAddress; attempt++)
        {
            var allowed = await guesser.SignInAsync("pharmacist", $"guess-{attempt}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var eleventh = await guesser.SignInAsync("pharmacist", "guess-11");
        var page = await eleventh.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.True(eleventh.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After on the refusal");
        Assert.Equal("text/html", eleventh.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Too many sign-in attempts from this computer.", page);
        Assert.Contains("id=\"sign-in\"", page);
    }

    [Fact]
    public async Task An_API_key_over_its_limit_is_answered_429_with_a_problem_and_a_time_to_wait()
    {
        var key = await _app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PharmacyIdentityDbContext>();
            db.ApiKeys.Add(ApiKey.Create("Telehealth partner", [Scopes.CrmRead], "test", DateTimeOffset.UtcNow, out var secret));
            await db.SaveChangesAsync();
            return secret;
        });
        var partner = _app.ApiClient(key);

        for (var request = 1; request <= SignInLimitsApp.ApiKeyLimit; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/api/crm/providers")).StatusCode);
        }

        var over = await partner.GetAsync("/api/crm/providers");
        var problem = await over.Content.ReadFromJsonAsync<JsonElement>();
        var otherKey = await _app.ApiClient().GetAsync("/api/crm/providers");

        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType!.MediaType);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.True(over.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After on the refusal");
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }

    [Fact]
    public async Task An_outsiders_wrong_passwords_do_not_lock_the_pharmacist_out_at_their_own_workstation()
    {
        await _app.CreatePersonAsync("dana.outsider.target", Roles.Pharmacist);
        var outsider = _app.ClientAt("203.0.113.9");
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await outsider.SignInAsync("dana.outsider.target", $"guess-{attempt}");
        }

        var outsiderWithThePassword = await outsider.SignInAsync("dana.outsider.target", PharmacyApp.Password);
        var atHerWorkstation = await _app.ClientAt("10.20.0.40").SignInAsync("dana.outsider.target", PharmacyApp.Password);

        Assert.Contains("This account is locked", await outsiderWithThePassword.Content.ReadAsStringAsync());
        Assert.True(atHerWorkstation.LandedOnDashboard(), "the pharmacist was locked out by someone else's guesses");
    }
}
