using System.Globalization;
using Pharmacy.Modules.Prescriptions.Domain.Patients;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>
/// A released fill leaves the pharmacy (DOMAIN.md, Dispensing): a pharmacist's final check, signed, then a pickup (who
/// collected it, counselling accepted or declined) or a shipment (address, carrier, tracking, cold chain when kept cold).
/// </summary>
public sealed partial class Prescription
{
    /// <summary>
    /// The pharmacist's final check of the filled product (right patient, preparation, quantity, label, BUD); the command
    /// carries the electronic signature. Only a fill its batch was released to, and before its beyond-use date.
    /// </summary>
    public void CheckFill(FillId fillId, string checkedBy, DateTimeOffset now)
    {
        var fill = FillOf(fillId);
        CheckRule(new PrescriptionMustBeReadyToDispenseRule(Status));
        CheckRule(new FillMustBeReleasedToBeCheckedRule(fill.Number, fill.Status));
        CheckRule(new FillMustBeCheckedOnceRule(fill.Number, fill.CheckedBy, fill.CheckedAt));
        CheckRule(new FillMustBeCheckedBeforeItsBeyondUseDateRule(fill.Number, fill.BatchNumber, fill.BeyondUseDate, now));
        fill.Check(checkedBy, now);
        Raise(new FillCheckedDomainEvent(fill.Id, Id, RxNumber, fill.Number, checkedBy, now));
    }

    /// <summary>
    /// A warning, not a refusal: the beyond-use date comes before the last day of the days supply counted from
    /// <paramref name="from"/>, so the patient would run out of usable medication. Null when the BUD covers the supply.
    /// </summary>
    public string? DaysSupplyWarning(FillId fillId, DateTimeOffset from)
    {
        var fill = FillOf(fillId);
        if (fill.BeyondUseDate is not { } bud || DaysSupply <= 0)
        {
            return null;
        }

        var endOfSupply = from.AddDays(DaysSupply);
        return bud >= endOfSupply
            ? null
            : $"The beyond-use date {bud.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} falls before the end of the " +
              $"{DaysSupply}-day supply ({endOfSupply.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}): the patient would " +
              "have medication past its BUD. Consider a shorter quantity, or tell the patient to discard what is left on the BUD.";
    }

    /// <summary>The patient, or someone for them, collects the checked fill at the pharmacy; counselling was offered.</summary>
    public void Dispense(
        FillId fillId, string? collectedBy, CollectorRelationship relationship, CounsellingAnswer? counselling, string by, DateTimeOffset now)
    {
        var fill = FillReadyToLeave(fillId, now);
        CheckRule(new TextMustBeGivenRule("name of the person who collected the fill", collectedBy));
        CheckRule(new PickupNeedsACounsellingAnswerRule(counselling));
        fill.PickUp(collectedBy!.Trim(), relationship, counselling!.Value, by, now);
        HandedOut(fill, now);
    }

    /// <summary>
    /// The checked fill goes to a carrier, addressed to <paramref name="shipTo"/> (the patient's ship-to or home address,
    /// kept as it is today); a fill kept cold goes only in cold-chain packing.
    /// </summary>
    public void Ship(
        FillId fillId, string? carrier, string? trackingNumber, PostalAddress? shipTo, bool coldChainPacked, string by, DateTimeOffset now)
    {
        CheckRule(new ShipmentNeedsCarrierAndTrackingNumberRule(carrier, trackingNumber));
        var fill = FillReadyToLeave(fillId, now);
        CheckRule(new ShipmentNeedsAnAddressRule(shipTo));
        CheckRule(new ColdFillMustBeShippedInColdChainPackingRule(fill.Number, fill.NeedsColdChain, coldChainPacked));
        fill.Ship(carrier!.Trim(), trackingNumber!.Trim(), shipTo!, coldChainPacked, by, now);
        HandedOut(fill, now);
    }

    private Fill FillOf(FillId fillId) =>
        FindFill(fillId) ?? throw new ArgumentException($"Fill {fillId} is not a fill of prescription {Id}.", nameof(fillId));

    private Fill FillReadyToLeave(FillId fillId, DateTimeOffset now)
    {
        var fill = FillOf(fillId);
        CheckRule(new PrescriptionMustBeReadyToDispenseRule(Status));
        CheckRule(new FillMustBeReadyToDispenseRule(fill.Number, fill.Status));
        CheckRule(new FillMustBeHandedOutBeforeItsBeyondUseDateRule(fill.Number, fill.BatchNumber, fill.BeyondUseDate, now));
        CheckRule(new FillMustHaveItsFinalCheckRule(fill.Number, fill.IsChecked));
        return fill;
    }

    private void HandedOut(Fill fill, DateTimeOffset now)
    {
        var method = fill.Method!.Value;
        Status = method == DispenseMethod.Shipped ? PrescriptionStatus.Shipped : PrescriptionStatus.Dispensed;
        Raise(new FillDispensedDomainEvent(
            fill.Id, Id, RxNumber, FormulaCode, fill.Quantity, fill.BatchId, method, fill.Carrier, fill.TrackingNumber, PrescriberId, PatientName, now));
        Progressed();
    }
}
