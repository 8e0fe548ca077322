
namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>Which states are still open to work, and how a state reads in a message.</summary>
public static class PrescriptionWorkflow
{
    public static bool IsOpen(PrescriptionStatus status) =>
        status is not (PrescriptionStatus.Dispensed or PrescriptionStatus.Shipped or PrescriptionStatus.Cancelled);

    /// <summary>"ReadyToDispense" reads "ready to dispense".</summary>
    public static string Describe(Enum status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
