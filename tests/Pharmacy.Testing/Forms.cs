using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Pharmacy.Testing;

/// <summary>Posts a page's form as a browser would: with the anti-forgery token the page rendered.</summary>
public static partial class Forms
{
    public static async Task<string> GetPageAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    /// <summary>Posts to the page's handler; answers the redirect target, or the re-rendered page when the form had errors.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> PostFormAsync(
        this HttpClient client, string path, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetPageAsync(path);
        var token = AntiForgeryToken().Match(page);
        Assert.True(token.Success, $"{path} rendered no anti-forgery token");
        var form = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))));
        var response = await client.PostAsync($"{path}?handler={handler}", form);
        var html = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.Redirect
            ? (response.StatusCode, await client.GetPageAsync(response.Headers.Location!.ToString()))
            : (response.StatusCode, html);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
