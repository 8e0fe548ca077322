using System.Globalization;
using Pharmacy.Modules.Reporting.Features.ExportRxTurnaroundCsv;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaround;

namespace Pharmacy.Modules.Reporting.Tests;

public sealed class CsvTests
{
    [Theory]
    [InlineData("LDN-4.5-CAP", "LDN-4.5-CAP")]
    [InlineData("Shipped, signature required", "\"Shipped, signature required\"")]
    [InlineData("Courier \"Express\"", "\"Courier \"\"Express\"\"\"")]
    [InlineData("Line one\nline two", "\"Line one\nline two\"")]
    [InlineData("Line one\r\nline two", "\"Line one\r\nline two\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_is_quoted_only_when_it_would_otherwise_break_the_line_into_other_fields(string? text, string expected)
    {
        Assert.Equal(expected, Csv.Text(text));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.test\")", "\"'=HYPERLINK(\"\"http://example.test\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(string text, string expected)
    {
        Assert.Equal(expected, Csv.Text(text));
    }

    [Fact]
    public void Numbers_and_times_are_written_the_same_in_every_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("1234.5", Csv.Number(1234.5m));
            Assert.Equal("26.25", Csv.Hours(26.25));
            Assert.Equal("-1.50", Csv.Hours(-1.5));
            Assert.Equal("2026-11-02T16:15:00Z", Csv.Time(new DateTimeOffset(2026, 11, 2, 8, 15, 0, TimeSpan.FromHours(-8))));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_file_has_a_header_with_the_views_column_names_and_one_line_per_fill()
    {
        var fillId = Guid.Parse("6f1c2a55-0b7e-4a9b-9d55-1f0f0f9b2c01");
        var received = new DateTimeOffset(2026, 11, 2, 8, 15, 0, TimeSpan.Zero);
        var row = new RxTurnaroundRow(
            fillId, "Verified", PrescriptionId: null, RxNumber: 104_233, FillNumber: 0, "KETO-10-PLO", Quantity: 60m, BatchNumber: null,
            received, received.AddHours(1.5), RequestedAt: null, CompoundedAt: null, ReleasedAt: null, RejectedAt: null, DispensedAt: null,
            DispenseMethod: null, ChargedAt: null, ChargeAmount: null, ChargeCurrency: null, CancelledAt: null,
            ReceivedToVerifiedHours: 1.5, VerifiedToCompoundedHours: null, CompoundedToReleasedHours: null, ReleasedToDispensedHours: null,
            ReceivedToDispensedHours: null);

        var lines = RxTurnaroundCsv.Write([row]).Split(Csv.LineEnd);

        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        var header = lines[0].Split(',');
        Assert.Equal(header.Length, lines[1].Split(',').Length);
        Assert.Equal(
            $"{fillId},,104233,0,KETO-10-PLO,60,,Verified,2026-11-02T08:15:00Z,2026-11-02T09:45:00Z,,,,,,,,,,,1.50,,,,",
            lines[1]);
        Assert.Contains("received_to_dispensed_hours", header);
    }
}
