using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

namespace Pharmacy.Modules.Prescriptions.Tests;

/// <summary>The last steps of a fill in the tests: the pharmacist's final check, then a pickup by the patient or a shipment home.</summary>
internal static class DispensingSteps
{
    public const string Collector = "Maria Alvarez";

    public static readonly PostalAddress Home = new("12 Elm Street", null, "Austin", "TX", "78701");

    public static void Check(this Prescription prescription, FillId fillId, DateTimeOffset at) =>
        prescription.CheckFill(fillId, RxFaker.Pharmacist, at);

    /// <summary>Checked a minute before, then collected by the patient, who declined counselling.</summary>
    public static void CheckAndPickUp(this Prescription prescription, FillId fillId, DateTimeOffset at)
    {
        prescription.Check(fillId, at.AddMinutes(-1));
        prescription.PickUp(fillId, at);
    }

    public static void PickUp(this Prescription prescription, FillId fillId, DateTimeOffset at) =>
        prescription.Dispense(fillId, Collector, CollectorRelationship.Self, CounsellingAnswer.Declined, RxFaker.Technician, at);

    /// <summary>Shipped home, in cold-chain packing (which a fill kept at room temperature does not need, and may have).</summary>
    public static void ShipHome(this Prescription prescription, FillId fillId, string? carrier, string? trackingNumber, DateTimeOffset at) =>
        prescription.Ship(fillId, carrier, trackingNumber, Home, coldChainPacked: true, RxFaker.Technician, at);
}
