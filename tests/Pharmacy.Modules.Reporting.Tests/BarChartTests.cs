using Pharmacy.Modules.Reporting.Charts;

namespace Pharmacy.Modules.Reporting.Tests;

public sealed class BarChartTests
{
    [Fact]
    public void The_longest_stage_fills_the_plot_and_the_others_are_to_scale()
    {
        var chart = BarChart.Of([("Received → verified", 2.0), ("Verified → compounded", 24.0), ("Compounded → released", 6.0)], "h");

        var plot = BarChart.PlotWidth(BarChart.DefaultWidth);
        Assert.Equal(plot, chart.Bars[1].Length);
        Assert.Equal(plot / 4.0, chart.Bars[2].Length, precision: 1);
        Assert.Equal("24.0 h", chart.Bars[1].Caption);
        Assert.Equal(3 * BarChart.RowHeight, chart.Height);
    }

    [Fact]
    public void A_stage_with_no_measured_fill_says_so_instead_of_showing_zero()
    {
        var chart = BarChart.Of([("Received → verified", 2.0), ("Released → dispensed", null)], "h");

        Assert.Equal(0, chart.Bars[1].Length);
        Assert.Equal("no data", chart.Bars[1].Caption);
    }

    [Fact]
    public void A_chart_with_nothing_measured_draws_no_bars()
    {
        var chart = BarChart.Of([("Received → verified", null), ("Verified → compounded", null)], "h");

        Assert.All(chart.Bars, bar => Assert.Equal(0, bar.Length));
    }
}
