using System.Globalization;
using Hl7.Fhir.Model;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;

namespace Pharmacy.Modules.Prescriptions.Fhir;

/// <summary>
/// What intake needs, read from a MedicationRequest with its patient and prescriber contained: the same
/// <see cref="ReceivePrescription"/> command the REST API sends, so every intake rule applies. What is missing or cannot be
/// read is reported at its element; the command's own validator and rules judge the values.
/// </summary>
internal static class MedicationRequestIntake
{
    /// <summary>The command, and the formula as the sender named it: a catalog code, or only a text to look up.</summary>
    public sealed record Read(ReceivePrescription? Command, string? MedicationText, IReadOnlyList<FhirProblem> Problems);

    public static Read From(MedicationRequest request)
    {
        var problems = new List<FhirProblem>();
        var patient = Contained<Patient>(request, request.Subject, "MedicationRequest.subject", "Patient", problems);
        var practitioner = Contained<Practitioner>(request, request.Requester, "MedicationRequest.requester", "Practitioner", problems);
        var npi = practitioner?.Identifier.FirstOrDefault(identifier => identifier.System == FhirSystems.Npi)?.Value;
        if (practitioner is not null && string.IsNullOrWhiteSpace(npi))
        {
            problems.Add(new("Practitioner.identifier", $"Identify the prescriber by their NPI (an identifier with system {FhirSystems.Npi})."));
        }

        var name = patient?.Name.FirstOrDefault();
        var firstName = name?.Given.FirstOrDefault();
        var lastName = name?.Family;
        if (patient is not null && (string.IsNullOrWhiteSpace(firstName) || string.IsNullOrWhiteSpace(lastName)))
        {
            problems.Add(new("Patient.name", "Give the patient's given and family name."));
        }

        var birthDate = DateOf(patient?.BirthDate);
        if (patient is not null && birthDate is null)
        {
            problems.Add(new("Patient.birthDate", "Give the patient's date of birth (YYYY-MM-DD)."));
        }

        var state = patient?.Address.Select(address => address.State).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        if (patient is not null && state is null)
        {
            problems.Add(new("Patient.address.state", "Give the state of the patient's address: the prescriber must be licensed there."));
        }

        var (code, text) = Medication(request);
        if (code is null && text is null)
        {
            problems.Add(new("MedicationRequest.medication", $"Name the formula: medicationCodeableConcept.coding with the catalog code ({FhirSystems.FormulaCatalog}), or its text."));
        }

        var directions = request.DosageInstruction.FirstOrDefault()?.Text;
        if (string.IsNullOrWhiteSpace(directions))
        {
            problems.Add(new("MedicationRequest.dosageInstruction.text", "Give the directions (sig) in dosageInstruction[0].text."));
        }

        var dispense = request.DispenseRequest;
        var quantity = dispense?.Quantity?.Value;
        if (quantity is null)
        {
            problems.Add(new("MedicationRequest.dispenseRequest.quantity", "Give the quantity to dispense, in the formula's unit."));
        }

        var daysSupply = DaysOf(dispense?.ExpectedSupplyDuration, problems);
        var writtenOn = DateOf(request.AuthoredOn);
        if (writtenOn is null)
        {
            problems.Add(new("MedicationRequest.authoredOn", "Give the date the prescription was written (authoredOn)."));
        }

        if (problems.Count > 0)
        {
            return new Read(null, null, problems);
        }

        var command = new ReceivePrescription(
            IntakeChannel.Fhir, ExternalIdOf(request), npi!.Trim(),
            new PatientInput(firstName!.Trim(), lastName!.Trim(), birthDate!.Value, SexOf(patient!.Gender), state!.Trim()),
            code ?? text!, quantity!.Value, directions!, daysSupply ?? 0, dispense!.NumberOfRepeatsAllowed ?? 0, writtenOn!.Value);
        return new Read(command, code is null ? text : null, problems);
    }

    private static T? Contained<T>(MedicationRequest request, ResourceReference? reference, string element, string what, List<FhirProblem> problems)
        where T : Resource
    {
        var id = reference?.Reference;
        var found = id is { Length: > 1 } && id[0] == '#'
            ? request.Contained.OfType<T>().FirstOrDefault(resource => resource.Id == id[1..])
            : null;
        if (found is null)
        {
            problems.Add(new(element, $"Contain the {what} in the MedicationRequest and refer to it as \"#its-id\"."));
        }

        return found;
    }

    private static (string? Code, string? Text) Medication(MedicationRequest request)
    {
        if (request.Medication is not CodeableConcept concept)
        {
            return (null, null);
        }

        var coding = concept.Coding.FirstOrDefault(c => c.System == FhirSystems.FormulaCatalog && !string.IsNullOrWhiteSpace(c.Code))
                     ?? concept.Coding.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Code));
        var text = string.IsNullOrWhiteSpace(concept.Text) ? coding?.Display : concept.Text;
        return (coding?.Code?.Trim(), string.IsNullOrWhiteSpace(text) ? null : text.Trim());
    }

    /// <summary>A duration in days (d), weeks (wk) or months (mo, counted as 30 days); none when it is not given.</summary>
    private static int? DaysOf(Duration? duration, List<FhirProblem> problems)
    {
        if (duration?.Value is not { } value)
        {
            problems.Add(new("MedicationRequest.dispenseRequest.expectedSupplyDuration", "Give the days supply (expectedSupplyDuration in days)."));
            return null;
        }

        int? perUnit = (duration.Code ?? duration.Unit ?? "d").ToLowerInvariant() switch
        {
            "d" or "day" or "days" => 1,
            "wk" or "week" or "weeks" => 7,
            "mo" or "month" or "months" => 30,
            _ => null,
        };
        var days = value * (perUnit ?? 0);
        if (perUnit is null || days != decimal.Truncate(days) || days is < int.MinValue or > int.MaxValue)
        {
            problems.Add(new("MedicationRequest.dispenseRequest.expectedSupplyDuration", "Give the days supply as a whole number of days (unit d)."));
            return null;
        }

        return (int)days;
    }

    private static DateOnly? DateOf(string? fhirDate) =>
        fhirDate is { Length: >= 10 } && DateOnly.TryParseExact(fhirDate[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string SexOf(AdministrativeGender? gender) => gender switch
    {
        AdministrativeGender.Female => nameof(Sex.Female),
        AdministrativeGender.Male => nameof(Sex.Male),
        AdministrativeGender.Other => nameof(Sex.Other),
        _ => nameof(Sex.Unknown),
    };

    /// <summary>The sender's identifier: the one marked usual or official, else the first with a value.</summary>
    private static string? ExternalIdOf(MedicationRequest request) =>
        (request.Identifier.FirstOrDefault(i => i.Use is Identifier.IdentifierUse.Usual or Identifier.IdentifierUse.Official && !string.IsNullOrWhiteSpace(i.Value))
         ?? request.Identifier.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value)))?.Value?.Trim();
}
