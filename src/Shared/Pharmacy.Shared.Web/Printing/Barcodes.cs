using Microsoft.AspNetCore.Html;
using ZXing;
using ZXing.Common;

namespace Pharmacy.Shared.Web.Printing;

/// <summary>
/// Barcodes printed on labels and records, drawn as inline SVG so that they print sharp at any size and need no
/// image request: Code 128, which every handheld scanner at a pharmacy counter or a bench reads. The text itself is
/// printed beside the barcode by the page, in the page's own type.
/// </summary>
public static class Barcodes
{
    /// <summary>A Code 128 barcode of <paramref name="text"/> (printable ASCII, at most 80 characters), labelled for screen readers.</summary>
    public static IHtmlContent Code128(string text, int height = 48)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > 80 || text.Any(c => c is < ' ' or > '~'))
        {
            throw new ArgumentException("A Code 128 barcode holds at most 80 printable ASCII characters.", nameof(text));
        }

        var writer = new BarcodeWriterSvg
        {
            Format = BarcodeFormat.CODE_128,
            Options = new EncodingOptions { Height = height, Width = 0, Margin = 8, PureBarcode = true },
        };
        var svg = writer.Write(text).Content;
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var element = start < 0 ? svg : svg[start..];
        var labelled = element.Replace("<svg", $"<svg role=\"img\" aria-label=\"Barcode {System.Net.WebUtility.HtmlEncode(text)}\" class=\"barcode\"", StringComparison.Ordinal);
        return new HtmlString(labelled);
    }
}
