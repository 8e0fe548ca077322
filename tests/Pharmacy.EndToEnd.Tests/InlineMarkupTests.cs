using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.EndToEnd.Tests.Infrastructure;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>
/// The Content-Security-Policy forbids inline script and style, and a browser silently drops what breaks it: these
/// tests find such markup before a person sees a page without its styles or a button that does nothing.
/// </summary>
public sealed partial class InlineMarkupTests : IClassFixture<FlowApp>
{
    /// <summary>Enough of each kind of page (a list has many details pages alike) to see every template render.</summary>
    private const int VisitsPerRoute = 2;

    private readonly FlowApp _app;

    public InlineMarkupTests(FlowApp app) => _app = app;

    [Fact]
    public async Task Every_page_the_administrator_reaches_has_no_inline_script_or_style()
    {
        var admin = await _app.SignedInAsync("admin");
        var routes = PageRoutes();
        var queue = new Queue<string>(routes.Where(route => !route.Template.Contains('{')).Select(route => route.Template).Prepend("/"));
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var visitsByRoute = new Dictionary<string, int>();
        var violations = new List<string>();

        while (queue.TryDequeue(out var path))
        {
            var route = routes.FirstOrDefault(candidate => candidate.Matches(path.Split('?')[0]));
            if (route is null || !visited.Add(path) || visitsByRoute.GetValueOrDefault(route.Template) >= VisitsPerRoute)
            {
                continue;
            }

            var response = await admin.GetAsync(path);
            // A page for other roles (the provider portal) sends the administrator to "access denied": not theirs to reach.
            if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage!.RequestUri!.AbsolutePath == "/Account/AccessDenied")
            {
                continue;
            }

            visitsByRoute[route.Template] = visitsByRoute.GetValueOrDefault(route.Template) + 1;
            var html = await response.Content.ReadAsStringAsync();
            violations.AddRange(InlineMarkup.Find(html).Select(found => $"{path}: {found}"));
            foreach (var link in Link().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups["path"].Value)))
            {
                queue.Enqueue(link);
            }
        }

        Assert.Empty(violations);
        Assert.Contains(visitsByRoute.Keys, template => template.Contains('{'));
        Assert.Contains("/Admin/ApiKeys", visitsByRoute.Keys);
        Assert.Contains("/Reporting/RxTurnaround", visitsByRoute.Keys);
    }

    [Fact]
    public void No_page_source_has_inline_script_or_style()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cshtml", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var violations = pages.SelectMany(file => InlineMarkup.Find(File.ReadAllText(file))
            .Select(found => $"{Path.GetRelativePath(Repository.Root, file)}: {found}")).ToList();

        Assert.NotEmpty(pages);
        Assert.Empty(violations);
    }

    private IReadOnlyList<PageRoute> PageRoutes() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(template => !template.EndsWith("/Index", StringComparison.Ordinal) && template != "/Account/SignOut")
            .Distinct()
            .Select(template => new PageRoute(template))
            .ToList();

    /// <summary>A link within the app, not a file of the UI kit nor the API (the CSV download).</summary>
    [GeneratedRegex("href=\"(?<path>/(?!_content/|api/)[^\"#]*)\"")]
    private static partial Regex Link();

    private sealed class PageRoute(string template)
    {
        private readonly Regex _pattern = new(
            "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]*}", "[^/]+") + "$",
            RegexOptions.IgnoreCase);

        public string Template { get; } = template;

        public bool Matches(string path) => _pattern.IsMatch(path);
    }
}

/// <summary>What a Content-Security-Policy without 'unsafe-inline' blocks.</summary>
public static partial class InlineMarkup
{
    public static IEnumerable<string> Find(string html) =>
        new[] { InlineScript(), StyleElement(), StyleAttribute(), EventHandlerAttribute(), ScriptUrl() }
            .SelectMany(pattern => pattern.Matches(html))
            .Select(match => match.Value.Length > 120 ? match.Value[..120] + "..." : match.Value);

    [GeneratedRegex(@"<script\b(?![^>]*\ssrc\s*=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"<[a-z][^>]*\sstyle\s*=[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"(href|src|action)\s*=\s*""\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();
}
