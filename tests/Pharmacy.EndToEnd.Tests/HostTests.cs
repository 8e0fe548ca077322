using System.Net;
using System.Text.Json;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

public sealed class HostTests : IClassFixture<PharmacyApp>
{
    private static readonly string[] ModuleSchemas = ["crm", "prescriptions", "compounding", "inventory", "quality", "billing", "reporting"];
    private readonly PharmacyApp _app;

    public HostTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task On_a_fresh_folder_the_host_creates_one_database_per_module_and_reports_each_ready()
    {
        var client = _app.CreateClient();

        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        foreach (var schema in ModuleSchemas)
        {
            Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty($"{schema}-database").GetString());
            Assert.True(File.Exists(Path.Combine(_app.DataFolder, $"{schema}.db")), $"{schema}.db was not created");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/health/live")]
    [InlineData("/ProviderCrm/Providers")]
    [InlineData("/ProviderCrm/Providers/Register")]
    [InlineData("/Prescriptions/Queue")]
    [InlineData("/Prescriptions/Prescribers")]
    [InlineData("/Admin/Messaging")]
    public async Task Every_page_answers_the_administrator(string path)
    {
        var admin = await _app.SignedInAsync("admin");

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_API_is_described_by_an_OpenAPI_document_and_a_reference_page()
    {
        var client = _app.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");
        var reference = await client.GetAsync("/api-reference/");

        using var openApi = JsonDocument.Parse(document);
        var paths = openApi.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/prescriptions", out _));
        Assert.True(paths.TryGetProperty("/api/crm/providers/{id}/activate", out _));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task The_navigation_shows_each_modules_pages()
    {
        var home = await (await _app.SignedInAsync("admin")).GetStringAsync("/");

        Assert.Contains("href=\"/ProviderCrm/Providers\"", home);
        Assert.Contains("href=\"/Prescriptions/Queue\"", home);
        Assert.Contains("href=\"/Admin/Messaging\"", home);
    }

    [Fact]
    public async Task An_unknown_record_is_a_404_problem_not_an_error()
    {
        var response = await _app.ApiClient().GetAsync($"/api/prescriptions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
