using System.Text;
using Pharmacy.Modules.Reporting.Features.GetRxTurnaround;

namespace Pharmacy.Modules.Reporting.Features.ExportRxTurnaroundCsv;

/// <summary>The turnaround rows as a CSV file, with the view's column names, so a BI tool sees the same columns either way.</summary>
internal static class RxTurnaroundCsv
{
    private static readonly string[] Header =
    [
        "fill_id", "prescription_id", "rx_number", "fill_number", "formula_code", "quantity", "batch_number", "stage",
        "received_at", "verified_at", "requested_at", "compounded_at", "released_at", "rejected_at", "dispensed_at", "dispense_method",
        "charged_at", "charge_amount", "charge_currency", "cancelled_at",
        "received_to_verified_hours", "verified_to_compounded_hours", "compounded_to_released_hours", "released_to_dispensed_hours",
        "received_to_dispensed_hours",
    ];

    public static string Write(IEnumerable<RxTurnaroundRow> rows)
    {
        var csv = new StringBuilder();
        csv.AppendRecord(Header);
        foreach (var row in rows)
        {
            csv.AppendRecord(Fields(row));
        }

        return csv.ToString();
    }

    private static IEnumerable<string> Fields(RxTurnaroundRow row) =>
    [
        Csv.Id(row.FillId), Csv.Id(row.PrescriptionId), Csv.Number(row.RxNumber), Csv.Number(row.FillNumber), Csv.Text(row.FormulaCode),
        Csv.Number(row.Quantity), Csv.Text(row.BatchNumber), Csv.Text(row.Stage),
        Csv.Time(row.ReceivedAt), Csv.Time(row.VerifiedAt), Csv.Time(row.RequestedAt), Csv.Time(row.CompoundedAt), Csv.Time(row.ReleasedAt),
        Csv.Time(row.RejectedAt), Csv.Time(row.DispensedAt), Csv.Text(row.DispenseMethod),
        Csv.Time(row.ChargedAt), Csv.Number(row.ChargeAmount), Csv.Text(row.ChargeCurrency), Csv.Time(row.CancelledAt),
        Csv.Hours(row.ReceivedToVerifiedHours), Csv.Hours(row.VerifiedToCompoundedHours), Csv.Hours(row.CompoundedToReleasedHours),
        Csv.Hours(row.ReleasedToDispensedHours), Csv.Hours(row.ReceivedToDispensedHours),
    ];
}
