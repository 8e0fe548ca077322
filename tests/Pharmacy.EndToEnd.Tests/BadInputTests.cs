using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Web.Security;
using Xunit.Abstractions;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// Every operation of the running host's OpenAPI document, sent a bounded, deterministic set of bad requests as its
/// caller would send them (an API key where the operation takes one, otherwise a signed-in person of its role):
/// never a server error, every refusal a ProblemDetails, every 400 naming at least one field, and no module
/// database changed by any of it. A new endpoint is covered by being in the document.
/// </summary>
public sealed partial class BadInputTests(PharmacyApp app, ITestOutputHelper output) : IClassFixture<PharmacyApp>
{
    private static readonly Dictionary<string, string> PersonForRole = new()
    {
        [Roles.Admin] = "admin",
        [Roles.Pharmacist] = "pharmacist",
        [Roles.Technician] = "technician",
        [Roles.QualityAssurance] = "qa",
        [Roles.Billing] = "billing",
        [Roles.AccountManager] = "accounts",
        [Roles.ProviderPortal] = "portal",
    };

    [Fact]
    public async Task No_bad_request_to_any_operation_reaches_a_server_error_or_changes_a_module_database()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        var requests = new BadRequests(document);
        var access = AccessByRoute();
        var clients = new Dictionary<string, HttpClient>();
        await WaitUntilEveryEventIsDeliveredAsync();
        var before = DatabaseFingerprint.Of(app.DataFolder);

        var failures = new List<string>();
        int operations = 0, sent = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(pair => pair.Value is JsonObject && pair.Key != "parameters"))
            {
                operations++;
                var rule = access.GetValueOrDefault((method.ToUpperInvariant(), path));
                var (client, password) = await CallerAsync(rule, clients);
                foreach (var request in requests.For(method.ToUpperInvariant(), path, operation!.AsObject(), password))
                {
                    sent++;
                    var failure = await SendAsync(client, request);
                    if (failure is not null)
                    {
                        failures.Add(failure);
                    }
                }
            }
        }

        await WaitUntilEveryEventIsDeliveredAsync();
        var changed = DatabaseFingerprint.Differences(before, DatabaseFingerprint.Of(app.DataFolder));
        output.WriteLine($"{operations} operations, {sent} bad requests, {failures.Count} wrong answers, {changed.Count} tables changed.");

        Assert.True(operations >= 40, $"Only {operations} operations were found in the OpenAPI document.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} bad requests were answered wrongly:\n{string.Join("\n", failures.Take(60))}");
        Assert.True(changed.Count == 0, $"Bad requests changed module data:\n{string.Join("\n", changed)}");
    }

    private static async Task<string?> SendAsync(HttpClient client, BadRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, request.ContentType);
        }

        using var response = await client.SendAsync(message);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            return $"{request}: {status} {Short(body)}";
        }

        if (status is >= 200 and < 300 && request.Method != "GET")
        {
            return $"{request}: accepted with {status}";
        }

        if (status is 400 or 422)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return $"{request}: {status} without ProblemDetails ({response.Content.Headers.ContentType?.MediaType})";
            }

            var problem = JsonNode.Parse(body)!.AsObject();
            if (status == 400 && (problem["errors"] as JsonObject)?.Count is null or 0)
            {
                return $"{request}: 400 naming no field: {Short(body)}";
            }

            if (Regex.IsMatch(body, @"Pharmacy\.[A-Z][a-z]+\.|System\.[A-Z]"))
            {
                return $"{request}: {status} shows the server's type names: {Short(body)}";
            }
        }

        return null;
    }

    /// <summary>An API key where the operation takes one (the test key has every scope), otherwise a person of its first role.</summary>
    private async Task<(HttpClient Client, string? Password)> CallerAsync(AccessRequirement? rule, Dictionary<string, HttpClient> clients)
    {
        var who = rule is null || rule.Scope is not null ? "api-key" : PersonForRole[rule.Roles[0]];
        if (!clients.TryGetValue(who, out var client))
        {
            client = who == "api-key" ? app.ApiClient() : await app.SignedInAsync(who);
            clients[who] = client;
        }

        return (client, who == "api-key" ? null : PharmacyApp.Password);
    }

    /// <summary>Each API route's access rule, keyed the way the OpenAPI document writes the route (no constraints).</summary>
    private Dictionary<(string Method, string Path), AccessRequirement> AccessByRoute()
    {
        var rules = new Dictionary<(string, string), AccessRequirement>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            if (!route.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            var requirement = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
                .SelectMany(policy => policy.Requirements).OfType<AccessRequirement>().FirstOrDefault();
            if (requirement is null)
            {
                continue;
            }

            var path = RouteConstraint().Replace(route, "{$1}");
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                rules[(method, path)] = requirement;
            }
        }

        return rules;
    }

    private Task WaitUntilEveryEventIsDeliveredAsync() =>
        Api.Eventually(() => app.InScopeAsync(async services =>
        {
            foreach (var contextType in services.GetRequiredService<ModuleDbContextRegistry>().Contexts.Keys)
            {
                var db = (ModuleDbContext)services.GetRequiredService(contextType);
                if (await db.OutboxMessages.AnyAsync(message => message.ProcessedAt == null && message.DeadLetteredAt == null))
                {
                    return false;
                }
            }

            return true;
        }), "every module's outbox is delivered");

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex("{([^}:]+)(:[^}]+)?}")]
    private static partial Regex RouteConstraint();
}
