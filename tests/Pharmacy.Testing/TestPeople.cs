using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Testing;

/// <summary>Whoever the test says is signed in: a person with roles, or the system (integration handlers).</summary>
public sealed class TestUser : ICurrentUser
{
    private IReadOnlyList<string> _roles = [];

    public string Id { get; private set; } = SystemUser.Instance.Id;

    public string Name { get; private set; } = SystemUser.Instance.Name;

    public bool IsPerson { get; private set; }

    public bool IsApiClient => false;

    public IReadOnlyList<string> Roles => _roles;

    public bool IsInRole(string role) => _roles.Contains(role);

    public void SignIn(string id, string name, params string[] roles) => (Id, Name, IsPerson, _roles) = (id, name, true, roles);

    public void SignOut() => (Id, Name, IsPerson, _roles) = (SystemUser.Instance.Id, SystemUser.Instance.Name, false, []);
}

/// <summary>Every person's password is the one the test knows; anything else is wrong.</summary>
public sealed class TestSignatureVerifier : ISignatureVerifier
{
    public const string Password = "correct horse battery staple";

    public Task<SignatureCheck> VerifyAsync(string userId, string password, CancellationToken cancellationToken) =>
        Task.FromResult(password == Password ? SignatureCheck.Verified : SignatureCheck.WrongPassword);
}

/// <summary>Signs the request in as whoever the test's <see cref="TestUser"/> is, with their roles.</summary>
public sealed class TestSignIn(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger, UrlEncoder encoder, TestUser user)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!user.IsPerson)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.Name), new("display_name", user.Name),
        };
        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(
            new AuthenticationTicket(principal, SchemeName)));
    }
}
