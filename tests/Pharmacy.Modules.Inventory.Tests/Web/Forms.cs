using System.Net;
using System.Text.RegularExpressions;

namespace Pharmacy.Modules.Inventory.Tests.Web;

/// <summary>Submits a page's form as a browser would: with the antiforgery token the page rendered.</summary>
internal static partial class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pagePath, IDictionary<string, string> fields, string handler)
    {
        var html = await client.GetStringAsync(pagePath);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{pagePath} renders no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync($"{pagePath}?handler={handler}", new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
