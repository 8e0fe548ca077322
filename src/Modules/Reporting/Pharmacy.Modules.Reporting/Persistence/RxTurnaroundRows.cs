using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Reporting.Domain.Turnaround;

namespace Pharmacy.Modules.Reporting.Persistence;

/// <summary>
/// The upsert every projection shares: the fill's row, created when this is the first event heard about the fill.
/// Two first events for one fill may race on separate queues; the loser's insert fails on the key, its inbox
/// rolls back, and the relay's retry finds the row.
/// </summary>
internal static class RxTurnaroundRows
{
    public static async Task<RxTurnaround> GetOrAddAsync(this ReportingDbContext db, Guid fillId, CancellationToken cancellationToken)
    {
        // FindAsync also sees rows added earlier in this command and not saved yet (a fill listed twice in a batch).
        if (await db.RxTurnaround.FindAsync([fillId], cancellationToken) is { } row)
        {
            return row;
        }

        row = RxTurnaround.ForFill(fillId);
        db.RxTurnaround.Add(row);
        return row;
    }

    public static async Task<ReceivedPrescription> GetOrAddPrescriptionAsync(
        this ReportingDbContext db, Guid prescriptionId, long rxNumber, CancellationToken cancellationToken)
    {
        if (await db.ReceivedPrescriptions.FindAsync([prescriptionId], cancellationToken) is { } prescription)
        {
            return prescription;
        }

        prescription = ReceivedPrescription.For(prescriptionId, rxNumber);
        db.ReceivedPrescriptions.Add(prescription);
        return prescription;
    }

    /// <summary>Once a fill's prescription is known, it takes the received and verified times heard before it.</summary>
    public static async Task CopyPrescriptionTimesAsync(this ReportingDbContext db, RxTurnaround row, CancellationToken cancellationToken)
    {
        if (row.PrescriptionId is { } prescriptionId
            && await db.ReceivedPrescriptions.FindAsync([prescriptionId], cancellationToken) is { } prescription)
        {
            row.RecordPrescription(prescription);
        }
    }

    /// <summary>The fills of a prescription already heard of, for times that arrive after them.</summary>
    public static Task<List<RxTurnaround>> FillsOfAsync(this ReportingDbContext db, Guid prescriptionId, CancellationToken cancellationToken) =>
        db.RxTurnaround.Where(row => row.PrescriptionId == prescriptionId).ToListAsync(cancellationToken);

    /// <summary>Applies a batch's time to each of its fills' rows (a fill listed twice counts once).</summary>
    public static async Task ForEachFillAsync(
        this ReportingDbContext db, IEnumerable<Guid> fillIds, Action<RxTurnaround> record, CancellationToken cancellationToken)
    {
        foreach (var fillId in fillIds.Distinct())
        {
            record(await db.GetOrAddAsync(fillId, cancellationToken));
        }
    }
}
