using System.Net;
using System.Text.RegularExpressions;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>Submits a page's form as a browser would: with the antiforgery token the page rendered.</summary>
public static partial class Forms
{
    /// <param name="action">Where the form posts, when not to the page itself (the sign-out button of the layout).</param>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pagePath, IDictionary<string, string> fields, string? handler = null, string? action = null)
    {
        var page = await client.GetStringAsync(pagePath);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"{pagePath} renders no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        var target = action ?? (handler is null ? pagePath : $"{pagePath}{(pagePath.Contains('?') ? '&' : '?')}handler={handler}");
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
