using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// Every form a person of each staff role meets on the pages they reach, sent back with what people really type into
/// forms by mistake (nothing, words where numbers go, control characters pasted from another program, far too much
/// text, markup): never a server error and never JSON, only the page with its field errors or a friendly error page.
/// A new page's forms are covered by being reachable. The host has done a morning's work, so every queue has records.
/// </summary>
public sealed partial class PageFormBadInputTests(WorkedApp app, ITestOutputHelper output) : IClassFixture<WorkedApp>
{
    /// <summary>Records of one kind in different states show different forms (verify, clarify, release...).</summary>
    private const int VisitsPerRoute = 8;

    /// <summary>The administrator goes last: their forms change people and keys the other roles sign in with.</summary>
    private static readonly string[] People = ["technician", "pharmacist", "qa", "billing", "accounts", "admin"];

    private static readonly (string What, Func<string, string> Value)[] Variants =
    [
        ("empty", _ => ""),
        ("words and control characters", _ => "abc\u0001\u0007"),
        ("far too long", _ => new string('9', 5_000)),
        ("markup and SQL", _ => "<script>alert(1)</script>' OR 1=1 --"),
    ];

    [Fact]
    public async Task No_form_answers_a_server_error_or_json_to_what_people_mistype()
    {
        var failures = new List<string>();
        int forms = 0, posts = 0;
        foreach (var person in People)
        {
            var client = await app.SignedInAsync(person);
            foreach (var (page, form) in await FormsReachedByAsync(client))
            {
                forms++;
                output.WriteLine($"{person}: {form.Action ?? page} ({string.Join(", ", form.Fields)})");
                foreach (var (what, value) in Variants)
                {
                    posts++;
                    var fields = form.Fields.ToDictionary(field => field, value);
                    fields["__RequestVerificationToken"] = form.Token;
                    using var response = await client.PostAsync(form.Action ?? page, new FormUrlEncodedContent(fields));
                    var type = response.Content.Headers.ContentType?.MediaType;
                    if ((int)response.StatusCode >= 500 || type is "application/json" or "application/problem+json")
                    {
                        failures.Add($"{person} {form.Action ?? page} [{what}]: {(int)response.StatusCode} {type}");
                    }
                }
            }
        }

        output.WriteLine($"{forms} forms, {posts} posts, {failures.Count} wrong answers.");
        Assert.True(forms >= 15, $"Only {forms} forms were reached.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The forms on the pages a person reaches from the navigation, one page of each route, sign-out forms aside.</summary>
    private async Task<List<(string Page, PageForm Form)>> FormsReachedByAsync(HttpClient client)
    {
        var routes = PageRoutes();
        var queue = new Queue<string>(["/"]);
        var visits = new Dictionary<string, int>();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var found = new List<(string, PageForm)>();
        while (queue.TryDequeue(out var path))
        {
            var route = routes.FirstOrDefault(candidate => candidate.IsMatch(path.Split('?')[0]));
            if (route is null || !visited.Add(path) || visits.GetValueOrDefault(route.ToString()) >= VisitsPerRoute)
            {
                continue;
            }

            visits[route.ToString()] = visits.GetValueOrDefault(route.ToString()) + 1;
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/Account/", StringComparison.Ordinal))
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            found.AddRange(PageForm.AllIn(html).Where(form => form.Fields.Count > 0 && form.Action?.Contains("SignOut", StringComparison.OrdinalIgnoreCase) != true)
                .Select(form => (path, form)));
            foreach (var link in Link().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups["path"].Value)))
            {
                queue.Enqueue(link);
            }
        }

        return found;
    }

    private List<Regex> PageRoutes() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(template => !template.EndsWith("/Index", StringComparison.Ordinal) && !template.StartsWith("/Account/", StringComparison.Ordinal))
            .Distinct()
            .Select(template => new Regex("^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]*}", "[^/]+") + "$", RegexOptions.IgnoreCase))];

    [GeneratedRegex("href=\"(?<path>/(?!_content/|api/)[^\"#]*)\"")]
    private static partial Regex Link();
}

/// <summary>A form of a page as a browser would send it: its target, its antiforgery token and the names of its fields.</summary>
public sealed partial record PageForm(string? Action, string Token, IReadOnlyList<string> Fields)
{
    public static IEnumerable<PageForm> AllIn(string html)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var token = TokenPattern().Match(form.Value);
            if (!token.Success)
            {
                continue;
            }

            var action = ActionPattern().Match(form.Groups["open"].Value) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
            var fields = FieldPattern().Matches(form.Value)
                .Select(field => WebUtility.HtmlDecode(field.Groups["name"].Value))
                .Where(name => name != "__RequestVerificationToken")
                .Distinct()
                .ToList();
            yield return new PageForm(action, WebUtility.HtmlDecode(token.Groups[1].Value), fields);
        }
    }

    [GeneratedRegex("(?<open><form\\b[^>]*method=\"post\"[^>]*>).*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("action=\"([^\"]+)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*\\bname=\"(?<name>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();
}
