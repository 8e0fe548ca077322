using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Host.Identity;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>Every page and endpoint checks who is asking; roles reach only their own work; API keys only their scopes.</summary>
public sealed class AuthorizationTests : IClassFixture<PharmacyApp>
{
    private static readonly string[] Anonymous = ["/Account/SignIn", "/Account/SignOut", "/Account/AccessDenied", "/Error", "/health/live", "/health/ready", "/openapi/{documentName}.json"];
    private readonly PharmacyApp _app;

    public AuthorizationTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task Every_API_endpoint_refuses_a_request_without_credentials_with_401()
    {
        var client = _app.CreateClient();
        var endpoints = ApiEndpoints();

        Assert.NotEmpty(endpoints);
        foreach (var (method, path) in endpoints)
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Concrete(path)) { Content = JsonContent.Create(new { }) });
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} without credentials");
        }
    }

    [Fact]
    public void Every_API_endpoint_that_changes_something_requires_exactly_the_rule_its_command_names()
    {
        var rules = _app.Services.GetRequiredService<AccessRules>();
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .ToList();
        var acts = endpoints.Where(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(method => method != "GET") == true).ToList();

        Assert.True(acts.Count >= 20, $"Only {acts.Count} endpoints that change something were found.");
        Assert.All(endpoints, endpoint => Assert.NotEmpty(AccessRequirements(endpoint)));
        Assert.All(acts, endpoint =>
        {
            var route = endpoint.RoutePattern.RawText;
            var act = endpoint.Metadata.GetMetadata<ActAccessMetadata>();
            if (act is null)
            {
                Assert.Fail($"{route} does not take its access rule from the command it sends (RequireAccessTo)");
                return;
            }

            // Endpoints are named after the command they send: a rule read from another command would show here.
            Assert.Equal(act.Act.Name, endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName);
            Assert.Same(rules.Of(act.Act), act.Rule);
            var requirement = Assert.Single(AccessRequirements(endpoint));
            Assert.Equal(act.Rule.Scope, requirement.Scope);
            Assert.Equal(act.Rule.Roles, requirement.Roles);
        });
    }

    [Fact]
    public async Task Every_page_sends_an_anonymous_visitor_to_sign_in()
    {
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pages = Pages();

        Assert.Contains("/ProviderCrm/Providers", pages);
        foreach (var page in pages)
        {
            var response = await client.GetAsync(Concrete(page));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/SignIn",
                $"{page} answered {(int)response.StatusCode} to an anonymous visitor");
        }
    }

    [Theory]
    [InlineData("/ProviderCrm/Providers", "accounts", true)]
    [InlineData("/ProviderCrm/Providers", "pharmacist", true)]
    [InlineData("/ProviderCrm/Providers", "technician", false)]
    [InlineData("/ProviderCrm/Providers", "billing", false)]
    [InlineData("/ProviderCrm/Providers/Register", "accounts", true)]
    [InlineData("/ProviderCrm/Providers/Register", "pharmacist", false)]
    [InlineData("/Prescriptions/Queue", "pharmacist", true)]
    [InlineData("/Prescriptions/Queue", "technician", true)]
    [InlineData("/Prescriptions/Queue", "accounts", false)]
    [InlineData("/Prescriptions/Queue", "portal", false)]
    [InlineData("/Prescriptions/Patients", "technician", true)]
    [InlineData("/Prescriptions/Patients", "admin", true)]
    [InlineData("/Prescriptions/Patients", "billing", false)]
    [InlineData("/Prescriptions/Patients", "qa", false)]
    [InlineData("/Prescriptions/Patients", "accounts", false)]
    [InlineData("/Prescriptions/Patients", "portal", false)]
    [InlineData("/Prescriptions/PatientDuplicates", "pharmacist", true)]
    [InlineData("/Prescriptions/PatientDuplicates", "technician", false)]
    [InlineData("/Admin/Messaging", "admin", true)]
    [InlineData("/Admin/Messaging", "pharmacist", false)]
    [InlineData("/Admin/ApiKeys", "admin", true)]
    [InlineData("/Admin/ApiKeys", "qa", false)]
    [InlineData("/Admin/Users", "admin", true)]
    [InlineData("/Admin/Users", "pharmacist", false)]
    [InlineData("/Admin/Users", "accounts", false)]
    [InlineData("/Admin/Users/Create", "admin", true)]
    [InlineData("/Admin/Users/Create", "technician", false)]
    [InlineData("/Admin/Users/Details", "qa", false)]
    [InlineData("/Admin/SecurityLog", "admin", true)]
    [InlineData("/Admin/SecurityLog", "billing", false)]
    [InlineData("/Admin/SecurityLog", "portal", false)]
    [InlineData("/Account/ChangePassword", "portal", true)]
    [InlineData("/Account/ChangePassword", "technician", true)]
    [InlineData("/Compounding/Batches", "technician", true)]
    [InlineData("/Compounding/Batches", "billing", false)]
    [InlineData("/Inventory/Items", "qa", true)]
    [InlineData("/Inventory/Items", "accounts", false)]
    [InlineData("/Quality/ReleaseTasks", "qa", true)]
    [InlineData("/Quality/ReleaseTasks", "technician", false)]
    [InlineData("/Billing/Charges", "billing", true)]
    [InlineData("/Billing/Charges", "pharmacist", false)]
    [InlineData("/Reporting/RxTurnaround", "billing", true)]
    [InlineData("/Reporting/RxTurnaround", "technician", false)]
    [InlineData("/Prescriptions/Queue", "billing", false)]
    [InlineData("/Portal/Inbox", "technician", true)]
    [InlineData("/Portal/Inbox", "qa", false)]
    [InlineData("/Portal/Notifications", "portal", true)]
    [InlineData("/Portal/Notifications", "pharmacist", false)]
    public async Task Each_role_reaches_only_its_own_pages(string page, string user, bool allowed)
    {
        var client = await _app.SignedInAsync(user);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var landedOn = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Equal(allowed ? page : "/Account/AccessDenied", landedOn);
    }

    [Fact]
    public async Task The_navigation_shows_a_role_only_its_own_pages()
    {
        var technician = await (await _app.SignedInAsync("technician")).GetStringAsync("/");

        Assert.Contains("href=\"/Prescriptions/Queue\"", technician);
        Assert.DoesNotContain("href=\"/ProviderCrm/Providers\"", technician);
        Assert.DoesNotContain("href=\"/Admin/Messaging\"", technician);
    }

    [Fact]
    public async Task A_person_signed_in_with_a_role_uses_the_API_within_that_role()
    {
        var technician = await _app.SignedInAsync("technician");

        var prescriptions = await technician.GetAsync("/api/prescriptions");
        var providers = await technician.PostAsJsonAsync("/api/crm/providers", new { npi = Api.NewNpi(), firstName = "A", lastName = "B", credential = "MD" });

        Assert.Equal(HttpStatusCode.OK, prescriptions.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, providers.StatusCode);
    }

    [Fact]
    public async Task An_unknown_key_is_401_and_a_key_without_the_scope_is_403()
    {
        var readOnlyKey = await CreateKeyAsync("Lab results reader", "prescriptions:read");

        var unknown = await _app.ApiClient("pk_not_a_key").GetAsync("/api/prescriptions");
        var read = await _app.ApiClient(readOnlyKey).GetAsync("/api/prescriptions");
        var write = await _app.ApiClient(readOnlyKey).PostAsJsonAsync("/api/prescriptions", Api.Prescription(Api.NewNpi()));
        var otherModule = await _app.ApiClient(readOnlyKey).GetAsync("/api/crm/providers");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherModule.StatusCode);
    }

    [Theory]
    [InlineData("/api/crm/providers", "crm:read")]
    [InlineData("/api/prescriptions", "prescriptions:read")]
    [InlineData("/api/compounding/formulas", "compounding:read")]
    [InlineData("/api/inventory/items", "inventory:read")]
    [InlineData("/api/quality/release-tasks", "quality:read")]
    [InlineData("/api/billing/charges", "billing:read")]
    [InlineData("/api/reporting/rx-turnaround", "reporting:read")]
    public async Task A_key_reads_a_module_only_with_that_modules_scope(string path, string scope)
    {
        var withScope = await CreateKeyAsync($"Reader of {scope}", scope);
        var otherScope = await CreateKeyAsync($"Reader of everything but {scope}", [.. Pharmacy.Shared.Web.Security.Scopes.All.Where(s => s != scope)]);

        var allowed = await _app.ApiClient(withScope).GetAsync(path);
        var refused = await _app.ApiClient(otherScope).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task An_administrator_creates_a_key_that_is_shown_once_stored_hashed_and_can_be_revoked()
    {
        var admin = await _app.SignedInAsync("admin");

        var created = await admin.SubmitAsync("/Admin/ApiKeys", new Dictionary<string, string>
        {
            ["name"] = "Clinic EHR gateway",
            ["scopes"] = "prescriptions:write",
        }, handler: "Create");
        var page = await created.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "id=\"new-api-key\"[^>]*>(pk_[^<]+)<").Groups[1].Value;
        var stored = await _app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<PharmacyIdentityDbContext>().ApiKeys.Single(k => k.Name == "Clinic EHR gateway")));
        var before = await _app.ApiClient(secret).PostAsJsonAsync("/api/prescriptions", new { });

        await admin.SubmitAsync("/Admin/ApiKeys", new Dictionary<string, string> { ["id"] = stored.Id.ToString() }, handler: "Revoke");
        var after = await _app.ApiClient(secret).PostAsJsonAsync("/api/prescriptions", new { });
        var listed = await admin.GetStringAsync("/Admin/ApiKeys");

        Assert.StartsWith("pk_", secret);
        Assert.NotEqual(secret, stored.Hash);
        Assert.Equal(ApiKey.HashOf(secret), stored.Hash);
        Assert.DoesNotContain(secret, listed);
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in_and_five_lock_the_account()
    {
        var client = _app.CreateClient();
        var wrong = new Dictionary<string, string> { ["UserName"] = "pharmacist2", ["Password"] = "not-the-password" };

        var first = await client.SubmitAsync("/Account/SignIn", wrong);
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            await client.SubmitAsync("/Account/SignIn", wrong);
        }

        var rightPasswordTooLate = await client.SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["UserName"] = "pharmacist2",
            ["Password"] = PharmacyApp.Password,
        });

        Assert.Contains("The user name or password is not correct.", await first.Content.ReadAsStringAsync());
        Assert.Contains("This account is locked", await rightPasswordTooLate.Content.ReadAsStringAsync());
    }

    private async Task<string> CreateKeyAsync(string name, params string[] scopes) =>
        await _app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PharmacyIdentityDbContext>();
            db.ApiKeys.Add(ApiKey.Create(name, scopes, "test", DateTimeOffset.UtcNow, out var secret));
            await db.SaveChangesAsync();
            return secret;
        });

    /// <summary>The REST API's endpoints and the FHIR endpoint's, all but FHIR's public CapabilityStatement.</summary>
    private IReadOnlyList<(string Method, string Path)> ApiEndpoints() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)
                               || (endpoint.RoutePattern.RawText.StartsWith("/fhir/", StringComparison.Ordinal) && endpoint.RoutePattern.RawText != "/fhir/metadata"))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, endpoint.RoutePattern.RawText!)))
            .ToList();

    private static IReadOnlyList<AccessRequirement> AccessRequirements(RouteEndpoint endpoint) =>
        [.. endpoint.Metadata.OfType<AuthorizationPolicy>().SelectMany(policy => policy.Requirements).OfType<AccessRequirement>()];

    private IReadOnlyList<string> Pages() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(path => !Anonymous.Contains(path) && !path.EndsWith("/Index", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    /// <summary>A route with its parameters filled in: guids with a fresh one, codes with a word.</summary>
    private static string Concrete(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, "{([^}:]+)(:[^}]+)?}", match =>
            match.Groups[2].Value.Contains("guid") ? Guid.NewGuid().ToString() : match.Groups[1].Value == "documentName" ? "v1" : "X1");
}
