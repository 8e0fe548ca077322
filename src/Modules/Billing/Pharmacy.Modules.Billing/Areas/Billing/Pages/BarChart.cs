namespace Pharmacy.Modules.Billing.Areas.Billing.Pages;

/// <summary>A small horizontal bar chart drawn as inline SVG (no script, no library: the pharmacy may be offline).</summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars);

/// <summary>One bar: its label, its length, the text printed beside it and the colour of its meaning (good, progress, attention, stopped, neutral).</summary>
public sealed record Bar(string Label, double Value, string Display, string Tone = "progress");
