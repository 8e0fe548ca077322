namespace Pharmacy.Modules.Reporting.Domain.Turnaround;

/// <summary>The furthest stage a fill is known to have reached, in the status words the staff pages already colour.</summary>
public static class TurnaroundProgress
{
    public static string Of(StageTimes times, DateTimeOffset? requestedAt, DateTimeOffset? rejectedAt, DateTimeOffset? cancelledAt = null)
    {
        if (times.DispensedAt is not null)
        {
            return "Dispensed";
        }

        // A fill is cancelled only before it is handed out, and never comes back.
        if (cancelledAt is not null)
        {
            return "Cancelled";
        }

        // A rejection counts until a later batch is compounded or released for the fill.
        if (rejectedAt is { } rejected && !(times.ReleasedAt > rejected) && !(times.CompoundedAt > rejected))
        {
            return "Rejected";
        }

        return times switch
        {
            { ReleasedAt: not null } => "Released",
            { CompoundedAt: not null } => "Compounded",
            _ when requestedAt is not null => "InProduction",
            { VerifiedAt: not null } => "Verified",
            { ReceivedAt: not null } => "Received",
            _ => "Unknown",
        };
    }
}
