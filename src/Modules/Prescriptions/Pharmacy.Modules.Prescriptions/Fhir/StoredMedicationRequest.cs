using System.Globalization;
using Hl7.Fhir.Model;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.GetPrescription;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Fhir;

/// <summary>
/// A prescription as FHIR R4 reads it back: the MedicationRequest with its patient and prescriber contained, and the
/// pharmacy's workflow status mapped to a FHIR status (<see cref="StatusOf"/>), the pharmacy's own beside it.
/// </summary>
internal static class StoredMedicationRequest
{
    private const string PatientId = "patient";
    private const string PractitionerId = "practitioner";

    public static MedicationRequest From(PrescriptionDetails p, DateOnly today)
    {
        var status = Enum.Parse<PrescriptionStatus>(p.Status);
        var request = new MedicationRequest
        {
            Id = p.Id.ToString(),
            Meta = new Meta { LastUpdated = p.Fills.Select(f => f.DispensedAt ?? f.ReadyAt ?? f.RequestedAt).Append(p.VerifiedAt ?? p.ReceivedAt).Max() },
            Status = StatusOf(status, p.RefillsRemaining, p.ExpiresOn, today),
            StatusReason = StatusReasonOf(p, status),
            Intent = MedicationRequest.MedicationRequestIntent.Order,
            Subject = new ResourceReference("#" + PatientId),
            Requester = new ResourceReference("#" + PractitionerId) { Display = p.PrescriberName },
            AuthoredOn = p.WrittenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Medication = new CodeableConcept(FhirSystems.FormulaCatalog, p.FormulaCode, p.FormulaName ?? p.FormulaCode, p.FormulaName ?? p.FormulaCode),
            DosageInstruction = [new Dosage { Text = p.Directions }],
            DispenseRequest = new MedicationRequest.DispenseRequestComponent
            {
                Quantity = new Hl7.Fhir.Model.Quantity { Value = p.Quantity, Unit = p.FormulaUnit },
                NumberOfRepeatsAllowed = p.RefillsAuthorized,
                ExpectedSupplyDuration = new Duration { Value = p.DaysSupply, Unit = "days", System = "http://unitsofmeasure.org", Code = "d" },
                ValidityPeriod = new Period(
                    new FhirDateTime(p.WrittenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    new FhirDateTime(p.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            },
        };
        request.Identifier.Add(new Identifier(FhirSystems.RxNumber, p.RxNumber.ToString(CultureInfo.InvariantCulture)) { Use = Identifier.IdentifierUse.Secondary });
        if (p.ExternalId is not null)
        {
            request.Identifier.Insert(0, new Identifier { Value = p.ExternalId, Use = Identifier.IdentifierUse.Usual });
        }

        request.Contained.Add(new Patient
        {
            Id = PatientId,
            Name = [new HumanName { Given = [p.PatientFirstName], Family = p.PatientLastName }],
            BirthDate = p.PatientDateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Gender = Enum.Parse<Sex>(p.PatientSex) switch
            {
                Sex.Female => AdministrativeGender.Female,
                Sex.Male => AdministrativeGender.Male,
                Sex.Other => AdministrativeGender.Other,
                _ => AdministrativeGender.Unknown,
            },
            Address = [new Address { State = p.PatientState }],
        });
        request.Contained.Add(new Practitioner { Id = PractitionerId, Identifier = [new Identifier(FhirSystems.Npi, p.PrescriberNpi)], Name = [new HumanName { Text = p.PrescriberName }] });
        return request;
    }

    /// <summary>
    /// Received waits for the pharmacist's verification (draft: not yet actionable); a question to the prescriber or a
    /// hold is on-hold; verified until handed out is active; handed out stays active while refills remain and the
    /// prescription has not expired, and is completed after; cancelled is cancelled.
    /// </summary>
    public static MedicationRequest.MedicationrequestStatus StatusOf(PrescriptionStatus status, int refillsRemaining, DateOnly expiresOn, DateOnly today) =>
        status switch
        {
            PrescriptionStatus.Received => MedicationRequest.MedicationrequestStatus.Draft,
            PrescriptionStatus.NeedsClarification or PrescriptionStatus.OnHold => MedicationRequest.MedicationrequestStatus.OnHold,
            PrescriptionStatus.Verified or PrescriptionStatus.InProduction or PrescriptionStatus.ReadyToDispense => MedicationRequest.MedicationrequestStatus.Active,
            PrescriptionStatus.Dispensed or PrescriptionStatus.Shipped when refillsRemaining > 0 && today <= expiresOn => MedicationRequest.MedicationrequestStatus.Active,
            PrescriptionStatus.Dispensed or PrescriptionStatus.Shipped => MedicationRequest.MedicationrequestStatus.Completed,
            PrescriptionStatus.Cancelled => MedicationRequest.MedicationrequestStatus.Cancelled,
            _ => MedicationRequest.MedicationrequestStatus.Unknown,
        };

    private static CodeableConcept StatusReasonOf(PrescriptionDetails p, PrescriptionStatus status)
    {
        var reason = status switch
        {
            PrescriptionStatus.NeedsClarification => p.Clarification?.Question,
            PrescriptionStatus.OnHold => p.HoldReason,
            PrescriptionStatus.Cancelled => p.CancellationReason,
            _ => null,
        };
        return new CodeableConcept(FhirSystems.PrescriptionStatus, status.ToString(), EnumText.Of(status), reason ?? EnumText.Of(status));
    }
}
