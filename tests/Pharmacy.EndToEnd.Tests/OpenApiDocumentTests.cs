using System.Diagnostics;
using System.Text.Json;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>The OpenAPI document is what other systems generate their clients from: it must say how to call each operation.</summary>
public sealed class OpenApiDocumentTests : IClassFixture<PharmacyApp>
{
    private static readonly string LintFolder = Path.Combine(Repository.Root, "tests", "openapi-lint");
    private readonly PharmacyApp _app;

    public OpenApiDocumentTests(PharmacyApp app) => _app = app;

    [Fact]
    public async Task The_document_passes_Redoclys_recommended_rules_without_errors_or_warnings()
    {
        var cli = Path.Combine(LintFolder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"Redocly CLI is not installed: run `npm ci` in {LintFolder} (scripts/test.sh does it when missing).");
        var document = Path.Combine(Path.GetTempPath(), $"pharmacy-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await _app.CreateClient().GetStringAsync("/openapi/v1.json"));

        try
        {
            var (exitCode, output, errors) = await RunNodeAsync(cli, "lint", document, "--config", Path.Combine(LintFolder, "redocly.yaml"), "--format", "json");

            Assert.True(output.Contains('{', StringComparison.Ordinal), $"Redocly printed no report: {errors}");
            using var report = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
            var problems = report.RootElement.GetProperty("problems").EnumerateArray()
                .Select(problem => $"{problem.GetProperty("severity").GetString()} {problem.GetProperty("ruleId").GetString()}: " +
                    $"{problem.GetProperty("message").GetString()} at {problem.GetProperty("location")[0].GetProperty("pointer").GetString()}")
                .ToList();
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
            Assert.Equal(0, exitCode);
        }
        finally
        {
            File.Delete(document);
        }
    }

    [Fact]
    public async Task Each_operation_names_the_API_key_scope_it_needs_or_says_it_serves_people_only()
    {
        using var document = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        var charges = root.GetProperty("paths").GetProperty("/api/billing/charges").GetProperty("get");
        var payment = root.GetProperty("paths").GetProperty("/api/billing/charges/{id}/payments").GetProperty("post");

        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.Equal(["billing:read"], charges.GetProperty("security")[0].GetProperty("ApiKey").EnumerateArray().Select(s => s.GetString()));
        Assert.DoesNotContain(payment.GetProperty("security").EnumerateArray(), requirement => requirement.TryGetProperty("ApiKey", out _));
        Assert.Contains("API keys cannot call this operation", payment.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Money_and_quantities_are_decimals_not_doubles()
    {
        using var document = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        var amount = schemas.GetProperty("RecordPaymentRequest").GetProperty("properties").GetProperty("amount");
        var quantity = schemas.GetProperty("ReceivePrescriptionRequest").GetProperty("properties").GetProperty("quantity");

        Assert.Equal("number", amount.GetProperty("type").GetString());
        Assert.Equal("decimal", amount.GetProperty("format").GetString());
        Assert.Equal("number", quantity.GetProperty("type").GetString());
        Assert.Equal("decimal", quantity.GetProperty("format").GetString());
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = LintFolder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("Node.js is needed to lint the OpenAPI document (CI installs it); `node` could not be started.", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await errors);
        }
    }
}
