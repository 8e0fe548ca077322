using Pharmacy.Modules.Billing.Domain.Charges;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Host.DataGeneration;

/// <summary>
/// Ready fills checked by a pharmacist, then picked up (who collected it, counselling offered) or shipped (to the patient's
/// address, in cold-chain packing when kept cold); Billing's charge for each, and the payments against it.
/// </summary>
internal sealed partial class YearSimulation
{
    private const double ShippedShare = 0.6;

    private void HandOut(Prescription prescription, FillId fillId, DateTimeOffset at)
    {
        // Past its beyond-use date a fill stays on the shelf: it can no longer be handed out.
        if (prescription.Status != PrescriptionStatus.ReadyToDispense || prescription.FindFill(fillId)?.BeyondUseDate <= at)
        {
            return;
        }

        // The pharmacist's final check, a little before the fill leaves (never before its batch was released to it).
        var ready = prescription.FindFill(fillId)!;
        var checkedAt = at.AddMinutes(-_random.Int(5, 90));
        prescription.CheckFill(fillId, _staff.Any(_staff.Pharmacists).Name, checkedAt < ready.ReadyAt ? ready.ReadyAt!.Value : checkedAt);

        var staff = _random.Bool() ? _staff.Any(_staff.Technicians) : _staff.Any(_staff.Pharmacists);
        if (_random.Double() < ShippedShare)
        {
            var carrier = _random.ArrayElement(["USPS", "UPS", "FedEx", "Local courier"]);
            var shipTo = new PostalAddress(
                _faker.Address.StreetAddress(), null, _faker.Address.City(), prescription.Patient.State, _faker.Address.ZipCode("#####"));
            prescription.Ship(fillId, carrier, TrackingNumber(carrier), shipTo, ready.NeedsColdChain, staff.Name, at);
        }
        else
        {
            var self = _random.Double() < 0.8;
            var relationship = self ? CollectorRelationship.Self : _random.ArrayElement([CollectorRelationship.Family, CollectorRelationship.Caregiver, CollectorRelationship.Other]);
            var collectedBy = self ? prescription.PatientName : _faker.Name.FullName();
            var counselling = _random.Double() < 0.35 ? CounsellingAnswer.Accepted : CounsellingAnswer.Declined;
            prescription.Dispense(fillId, collectedBy, relationship, counselling, staff.Name, at);
        }

        var dispensed = prescription.DomainEvents.OfType<FillDispensedDomainEvent>().Single();
        Clear(prescription);
        var fill = prescription.FindFill(fillId)!;
        Turnaround(fillId.Value, row => row.RecordDispensed(
            prescription.Id.Value, prescription.RxNumber, prescription.FormulaCode, fill.Quantity, dispensed.Method.ToString(), at));

        // Billing hears FillDispensed: a cash charge at the list price.
        var chargedAt = at.AddSeconds(2);
        var charge = Charge.ForDispensedFill(
            new DispensedFill(
                fillId.Value, prescription.Id.Value, prescription.RxNumber, prescription.FormulaCode, fill.Quantity, prescription.PrescriberId,
                dispensed.PatientName, at),
            _catalog.Prices.GetValueOrDefault(prescription.FormulaCode), chargedAt);
        Clear(charge);
        _year.Charges.Add(charge);
        _year.BillingAudit.Created(charge, chargedAt, Actor.System, "CreateCharge");
        Turnaround(fillId.Value, row => row.RecordCharged(prescription.RxNumber, charge.Amount.Amount, charge.Currency, chargedAt));
        if (charge.NeedsPricing || charge.Amount.IsZero)
        {
            return;
        }

        var paying = _random.Double();
        if (paying < 0.88)
        {
            At(WorkingTime(Minutes(at, 0, 20 * 24 * 60)), paid => Pay(charge, charge.Balance, paid));
        }
        else if (paying < 0.93)
        {
            var half = (charge.Amount * 0.5m).RoundedToCents();
            At(WorkingTime(Minutes(at, 0, 7 * 24 * 60)), paid =>
            {
                Pay(charge, half, paid);
                At(WorkingTime(paid.AddDays(_random.Int(14, 45))), rest => Pay(charge, charge.Balance, rest));
            });
        }
    }

    private void Pay(Charge charge, Money amount, DateTimeOffset at)
    {
        if (!amount.IsPositive || charge.Status == ChargeStatus.Paid)
        {
            return;
        }

        var clerk = _staff.Any(_staff.Billing);
        var payment = charge.RecordPayment(amount, _random.ArrayElement([PaymentMethod.Card, PaymentMethod.Card, PaymentMethod.Cash, PaymentMethod.Check]), clerk.Name, at);
        Clear(charge);
        _year.BillingAudit.Created(payment, at, clerk, "RecordPayment", charge);
    }

    private string TrackingNumber(string carrier) => carrier switch
    {
        "USPS" => "9400" + _random.Replace("##################"),
        "UPS" => "1Z" + _random.Replace("??????##########").ToUpperInvariant(),
        "FedEx" => _random.Replace("############"),
        _ => "LC-" + _random.Replace("######"),
    };
}
