namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>Which states are still open to work.</summary>
public static class PrescriptionWorkflow
{
    public static bool IsOpen(PrescriptionStatus status) =>
        status is not (PrescriptionStatus.Dispensed or PrescriptionStatus.Shipped or PrescriptionStatus.Cancelled);
}
