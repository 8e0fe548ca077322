using System.Globalization;

namespace Pharmacy.Modules.Reporting.Charts;

/// <summary>
/// A horizontal bar chart drawn as inline SVG by the page (no script, no library: it prints, and works offline).
/// This works out the geometry; a bar with no value is drawn as "no data" rather than as zero.
/// </summary>
public sealed record BarChart(IReadOnlyList<BarChart.Bar> Bars, int Width, int Height)
{
    public const int LabelWidth = 200;
    public const int ValueWidth = 90;
    public const int RowHeight = 34;
    public const int BarThickness = 20;
    public const int DefaultWidth = 680;

    public static int PlotWidth(int width) => width - LabelWidth - ValueWidth;

    public static BarChart Of(IEnumerable<(string Label, double? Value)> values, string unit, int width = DefaultWidth)
    {
        var items = values.ToList();
        var max = items.Select(item => item.Value ?? 0).DefaultIfEmpty(0).Max();
        var plot = PlotWidth(width);
        var bars = items.Select((item, index) =>
        {
            var length = item.Value is { } value && max > 0 ? Math.Max(0, value) / max * plot : 0;
            var caption = item.Value is { } shown ? string.Create(CultureInfo.InvariantCulture, $"{shown:0.0} {unit}") : "no data";
            return new Bar(item.Label, item.Value, Math.Round(length, 1), index * RowHeight, caption);
        }).ToList();
        return new BarChart(bars, width, Math.Max(RowHeight, bars.Count * RowHeight));
    }

    /// <param name="Top">The top of the bar's row, in SVG units.</param>
    public sealed record Bar(string Label, double? Value, double Length, int Top, string Caption)
    {
        public int BarTop => Top + ((RowHeight - BarThickness) / 2);

        public int TextBaseline => Top + (RowHeight / 2) + 5;

        public double CaptionX => LabelWidth + Length + 8;
    }
}
