using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.EndToEnd.Tests.Portal;

/// <summary>
/// Two clinics on one pharmacy: whatever portal page or API endpoint a portal user or a partner key of clinic A reaches,
/// clinic B's orders and prescriptions are not there (404, never 403). The pages and endpoints are read from the running
/// host's route table, so a page or endpoint added later is covered without editing this test.
/// </summary>
public sealed partial class OrganisationIsolationTests(OrganisationIsolationTests.TwoClinics clinics) : IClassFixture<OrganisationIsolationTests.TwoClinics>
{
    public sealed class TwoClinics : PortalApp, IAsyncLifetime
    {
        public Clinic A { get; private set; } = null!;

        public Clinic B { get; private set; } = null!;

        public Guid OrderOfB { get; private set; }

        public Guid PrescriptionOfBsOrder { get; private set; }

        public Guid PrescriptionSentByBsKey { get; private set; }

        public Guid OrderOfA { get; private set; }

        public async Task InitializeAsync()
        {
            A = await this.ClinicAsync("Lakeside Clinic");
            B = await this.ClinicAsync("Northstar Telehealth");
            OrderOfA = await PlaceOrderAsync(A);
            OrderOfB = await PlaceOrderAsync(B, patientLastName: "Nakamura");
            PrescriptionOfBsOrder = await this.PrescriptionOfAsync(OrderOfB);
            var sent = await B.Key.PostAsJsonAsync("/api/prescriptions", Api.Prescription(B.Npi));
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
            PrescriptionSentByBsKey = (await sent.Content.ReadFromJsonAsync<Api.IdResponse>())!.Id;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Every_portal_page_answers_404_to_clinic_A_for_an_order_of_clinic_B()
    {
        var pages = await PortalPagesAsync();
        Assert.Contains(pages, page => page.Template.Contains('{'));
        var token = await AntiforgeryTokenAsync(clinics.A.Portal);
        foreach (var (template, handlers) in pages.Where(page => page.Template.Contains('{')))
        {
            var ofB = "/" + RouteParameter().Replace(template, clinics.OrderOfB.ToString());
            var ofA = "/" + RouteParameter().Replace(template, clinics.OrderOfA.ToString());
            foreach (var (method, handler) in handlers)
            {
                var query = handler is null ? "" : $"?handler={handler}";
                var answer = await SendPageAsync(clinics.A.Portal, method, ofB + query, token);
                Assert.True(answer.StatusCode == HttpStatusCode.NotFound, $"{method} {ofB}{query} answered {(int)answer.StatusCode} to another clinic");
                if (method == "GET")
                {
                    var own = await clinics.A.Portal.GetAsync(ofA + query);
                    Assert.True(own.StatusCode == HttpStatusCode.OK, $"GET {ofA}{query} answered {(int)own.StatusCode} to its own clinic");
                }
            }
        }
    }

    [Fact]
    public async Task The_portal_lists_show_clinic_A_none_of_clinic_Bs_orders()
    {
        foreach (var (template, handlers) in (await PortalPagesAsync()).Where(page => !page.Template.Contains('{')))
        {
            foreach (var (_, handler) in handlers.Where(h => h.Method == "GET"))
            {
                var page = await clinics.A.Portal.GetStringAsync($"/{template}{(handler is null ? "" : $"?handler={handler}")}");
                Assert.DoesNotContain("Nakamura", page);
                Assert.DoesNotContain(clinics.OrderOfB.ToString(), page);
            }
        }

        Assert.Contains(clinics.OrderOfA.ToString(), await clinics.A.Portal.GetStringAsync("/Portal"));
    }

    [Fact]
    public async Task Every_api_endpoint_an_organisation_key_reaches_answers_404_for_clinic_Bs_prescriptions()
    {
        var endpoints = ApiEndpointsReachableWith([Scopes.PrescriptionsRead, Scopes.PrescriptionsWrite]);
        Assert.Contains(endpoints, endpoint => endpoint.Template == "fhir/MedicationRequest/{id}");
        foreach (var prescriptionOfB in new[] { clinics.PrescriptionOfBsOrder, clinics.PrescriptionSentByBsKey })
        {
            foreach (var endpoint in endpoints)
            {
                var path = "/" + RouteParameter().Replace(endpoint.Template, prescriptionOfB.ToString());
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
                if (endpoint.Body is { } body)
                {
                    request.Content = new StringContent(PlausibleBody(body), Encoding.UTF8, "application/json");
                }

                var answer = await clinics.A.Key.SendAsync(request);
                Assert.True(answer.StatusCode == HttpStatusCode.NotFound,
                    $"{endpoint.Method} {endpoint.Template} answered {(int)answer.StatusCode} to clinic A's key for clinic B's prescription: {await answer.Content.ReadAsStringAsync()}");
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await clinics.B.Key.GetAsync($"/api/prescriptions/{clinics.PrescriptionSentByBsKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clinics.B.Key.GetAsync($"/api/prescriptions/{clinics.PrescriptionOfBsOrder}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clinics.B.Key.GetAsync($"/fhir/MedicationRequest/{clinics.PrescriptionSentByBsKey}")).StatusCode);
        var listOfA = await clinics.A.Key.GetStringAsync("/api/prescriptions?pageSize=200");
        Assert.DoesNotContain(clinics.PrescriptionSentByBsKey.ToString(), listOfA);
        Assert.DoesNotContain(clinics.PrescriptionOfBsOrder.ToString(), listOfA);
    }

    [Fact]
    public async Task A_prescription_sent_with_an_organisation_key_belongs_to_that_organisation_and_the_pharmacy_still_sees_it()
    {
        var pharmacy = clinics.ApiClient();
        var seen = await pharmacy.GetFromJsonAsync<JsonElement>($"/api/prescriptions/{clinics.PrescriptionSentByBsKey}");
        var stored = await clinics.InScopeAsync(async services =>
            (await services.GetRequiredService<Pharmacy.Modules.Prescriptions.Persistence.PrescriptionsDbContext>().Prescriptions.FindAsync(
                Pharmacy.Modules.Prescriptions.Domain.Prescriptions.PrescriptionId.From(clinics.PrescriptionSentByBsKey)))!.OrganisationId);

        Assert.Equal(clinics.PrescriptionSentByBsKey, seen.GetProperty("id").GetGuid());
        Assert.Equal(clinics.B.OrganisationId, stored);
    }

    private sealed record ApiEndpoint(string Method, string Template, Type? Body);

    /// <summary>Every API endpoint with an id in its route that an API key holding one of <paramref name="scopes"/> passes.</summary>
    private List<ApiEndpoint> ApiEndpointsReachableWith(IReadOnlyCollection<string> scopes) =>
        clinics.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/') is var route
                        && (route.StartsWith("api/", StringComparison.Ordinal) || route.StartsWith("fhir/", StringComparison.Ordinal))
                        && e.RoutePattern.Parameters.Count > 0)
            .Where(e => e.Metadata.GetOrderedMetadata<AuthorizationPolicy>().SelectMany(p => p.Requirements).OfType<AccessRequirement>()
                .Any(r => r.Scope is { } scope && scopes.Contains(scope)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new ApiEndpoint(
                method, e.RoutePattern.RawText!.TrimStart('/'), e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType)))
            .ToList();

    /// <summary>
    /// Every page of the portal's area that a portal user may open, with its template and handlers (GET and POST, named or
    /// not). The pharmacy's own pages of the area (the inbox of clinics' messages) are for staff roles only.
    /// </summary>
    private async Task<List<(string Template, List<(string Method, string? Handler)> Handlers)>> PortalPagesAsync()
    {
        var loader = clinics.Services.GetRequiredService<PageLoader>();
        var policies = clinics.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var pages = new List<(string, List<(string, string?)>)>();
        foreach (var endpoint in clinics.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { AreaName: "Portal" } descriptor)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            if (!await OpensToPortalUsersAsync(compiled.EndpointMetadata.OfType<IAuthorizeData>(), policies))
            {
                continue;
            }

            var handlers = compiled.HandlerMethods.Select(h => (h.HttpMethod.ToUpperInvariant(), h.Name)).Distinct().ToList();
            pages.Add((endpoint.RoutePattern.RawText!.TrimStart('/'), handlers));
        }

        Assert.Contains(pages, page => page.Item1 == "Portal");
        return pages;
    }

    private static async Task<bool> OpensToPortalUsersAsync(IEnumerable<IAuthorizeData> authorisations, IAuthorizationPolicyProvider policies)
    {
        foreach (var data in authorisations)
        {
            if (data.Policy is { } name && await policies.GetPolicyAsync(name) is { } policy
                && policy.Requirements.OfType<AccessRequirement>().Any(r => !r.Roles.Contains(Roles.ProviderPortal)))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<HttpResponseMessage> SendPageAsync(HttpClient client, string method, string path, string token) =>
        method == "GET"
            ? await client.GetAsync(path)
            : await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Answer"] = "Yes, 4.5 mg at bedtime.",
                ["Body"] = "Please ship to the clinic this time.",
            }));

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/Portal/New");
        return WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
    }

    /// <summary>A body the endpoint would accept for a record it can see: every field of its request given a sensible value.</summary>
    private static string PlausibleBody(Type body)
    {
        var values = new Dictionary<string, object?>();
        foreach (var parameter in body.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters())
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            values[name] = name switch
            {
                "carrier" => "UPS",
                "trackingNumber" => "1Z999AA10123456784",
                "password" => PharmacyApp.Password,
                _ => Plausible(parameter.ParameterType),
            };
        }

        return JsonSerializer.Serialize(values);
    }

    private static object? Plausible(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => "Checked by the organisation isolation test",
            var t when t == typeof(int) || t == typeof(long) => 1,
            var t when t == typeof(decimal) => 1m,
            var t when t == typeof(bool) => false,
            var t when t == typeof(Guid) => Guid.NewGuid(),
            var t when t == typeof(DateOnly) => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            var t when t.IsEnum => Enum.GetNames(t)[0],
            _ => null,
        };

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
