namespace Pharmacy.Shared.Web.Charts;

/// <summary>
/// A small horizontal bar chart drawn as inline SVG by the shared <c>_BarChart</c> partial (no script, no library: the
/// pharmacy may be offline). <see cref="ValueSpace"/> is the room for the text printed beside the longest bar.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars, int ValueSpace = 130);

/// <summary>One bar: its label, its length, the text printed beside it and the colour of its meaning (good, progress, attention, stopped, neutral, brand).</summary>
public sealed record Bar(string Label, double Value, string Display, string Tone = "progress");
