using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.SecurityLog;
using Pharmacy.Host.Identity.SignIn;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>Lockout counts wrong passwords one at a time, however many arrive together (rate limits out of the way).</summary>
public sealed class LockoutTests : IClassFixture<PharmacyApp>
{
    private const int LockoutAfter = 5;
    private const int ParallelGuesses = 40;
    private readonly PharmacyApp _app;

    public LockoutTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task Concurrent_wrong_passwords_lock_after_exactly_the_configured_count()
    {
        await _app.CreatePersonAsync("parallel.target", Roles.Technician);
        // A browser each: one client's parallel first visits would race for its antiforgery cookie.
        var clients = Enumerable.Range(0, ParallelGuesses).Select(_ => _app.CreateClient()).ToList();

        var answers = await Task.WhenAll(clients.Select((client, i) => client.SignInAsync("parallel.target", $"guess-{i}")));
        var rightPassword = await _app.CreateClient().SignInAsync("parallel.target", PharmacyApp.Password);
        var log = await LogOfAsync("parallel.target");

        Assert.All(answers, answer => Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal(LockoutAfter, log.Count(entry => entry.Kind == SecurityEventKind.SignInFailed && entry.Detail == "Wrong password"));
        Assert.Equal(1, log.Count(entry => entry.Kind == SecurityEventKind.LockedOut));
        Assert.Equal(ParallelGuesses - LockoutAfter + 1, log.Count(entry => entry.Detail == PasswordSignIn.LockedHere));
        Assert.Contains("This account is locked", await rightPassword.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_user_name_is_refused_and_locked_exactly_like_a_real_one()
    {
        var client = _app.CreateClient();
        var answers = new List<string>();
        for (var attempt = 1; attempt <= LockoutAfter + 1; attempt++)
        {
            answers.Add(await (await client.SignInAsync("no.such.person", $"guess-{attempt}")).Content.ReadAsStringAsync());
        }

        Assert.All(answers.Take(LockoutAfter - 1), page => Assert.Contains("The user name or password is not correct.", page));
        Assert.All(answers.Skip(LockoutAfter - 1), page => Assert.Contains("This account is locked", page));
    }

    private async Task<List<SecurityEvent>> LogOfAsync(string userName) =>
        await _app.InScopeAsync(services => services.GetRequiredService<PharmacyIdentityDbContext>()
            .SecurityLog.Where(entry => entry.UserName == userName).ToListAsync());
}
