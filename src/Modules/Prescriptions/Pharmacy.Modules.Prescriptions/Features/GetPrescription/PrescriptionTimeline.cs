using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Features.GetPrescription;

/// <summary>
/// The steps a sender follows, read from the prescription itself: received, the latest question and answer, verified,
/// held, cancelled, and each fill requested, ready, checked and handed out. The full record history is the audit trail
/// (<c>/history</c>); this is the short story.
/// </summary>
internal static class PrescriptionTimeline
{
    public static IReadOnlyList<TimelineStep> Of(Prescription p)
    {
        var steps = new List<TimelineStep> { new(p.ReceivedAt, "Received", null, $"by {EnumText.Of(p.Channel)}") };
        Add(steps, p.ClarificationAskedAt, "Question to the prescriber", p.ClarificationAskedBy, p.ClarificationQuestion);
        Add(steps, p.ClarificationAnsweredAt, "Prescriber answered", p.ClarificationAnsweredBy, p.ClarificationAnswer);
        Add(steps, p.VerifiedAt, "Verified", p.VerifiedBy, null);
        Add(steps, p.HeldAt, "On hold", p.HeldBy, p.HoldReason);
        Add(steps, p.CancelledAt, "Cancelled", p.CancelledBy, p.CancellationReason);
        foreach (var fill in p.Fills)
        {
            var which = fill.Number == Fill.OriginalFillNumber ? "Original fill" : $"Refill {fill.Number}";
            Add(steps, fill.RequestedAt, $"{which} requested", null, null);
            Add(steps, fill.ReadyAt, $"{which} ready to dispense", null, fill.BatchNumber is null ? null : $"batch {fill.BatchNumber}");
            Add(steps, fill.CheckedAt, $"{which} checked by the pharmacist", fill.CheckedBy, null);
            Add(steps, fill.DispensedAt, fill.Method == DispenseMethod.Shipped ? $"{which} shipped" : $"{which} picked up", fill.DispensedBy,
                fill.Method == DispenseMethod.Shipped ? $"{fill.Carrier} {fill.TrackingNumber}" : null);
        }

        return [.. steps.OrderBy(step => step.At)];
    }

    private static void Add(List<TimelineStep> steps, DateTimeOffset? at, string step, string? by, string? detail)
    {
        if (at is { } when)
        {
            steps.Add(new TimelineStep(when, step, by, detail));
        }
    }
}
