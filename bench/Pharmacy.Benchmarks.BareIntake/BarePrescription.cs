namespace Pharmacy.Benchmarks.BareIntake;

/// <summary>The body the product's POST /api/prescriptions reads (ReceivePrescriptionRequest).</summary>
internal sealed record IntakeRequest(
    string PrescriberNpi,
    IntakePatient Patient,
    string FormulaCode,
    decimal Quantity,
    string Directions,
    int DaysSupply,
    int Refills,
    DateOnly WrittenOn,
    string? ExternalId = null);

internal sealed record IntakePatient(string FirstName, string LastName, DateOnly DateOfBirth, string Sex, string State);

internal sealed record IntakeResponse(Guid Id, long RxNumber, string Status, bool Created);

/// <summary>One row of the prescriptions table, filled as the product fills it for a newly received prescription.</summary>
internal sealed class BarePrescription
{
    public Guid Id { get; init; }

    public long RxNumber { get; init; }

    public required string PatientFirstName { get; init; }

    public required string PatientLastName { get; init; }

    public DateOnly PatientDateOfBirth { get; init; }

    public required string PatientSex { get; init; }

    public required string PatientState { get; init; }

    public Guid PrescriberId { get; init; }

    public required string PrescriberNpi { get; init; }

    public required string PrescriberName { get; init; }

    public required string FormulaCode { get; init; }

    public decimal Quantity { get; init; }

    public required string Directions { get; init; }

    public int DaysSupply { get; init; }

    public int RefillsAuthorized { get; init; }

    public int RefillsRemaining { get; init; }

    public DateOnly WrittenOn { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public required string Channel { get; init; }

    public string? ExternalId { get; init; }

    public string? SubmittedBy { get; init; }

    public required string Status { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public int Version { get; init; }

    public static BarePrescription From(IntakeRequest request, long rxNumber, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        RxNumber = rxNumber,
        PatientFirstName = request.Patient.FirstName.Trim(),
        PatientLastName = request.Patient.LastName.Trim(),
        PatientDateOfBirth = request.Patient.DateOfBirth,
        PatientSex = request.Patient.Sex,
        PatientState = request.Patient.State.ToUpperInvariant(),
        // The product looks the prescriber up; the baseline writes what such a lookup would give, without the lookup.
        PrescriberId = Guid.Empty,
        PrescriberNpi = request.PrescriberNpi,
        PrescriberName = request.PrescriberNpi,
        FormulaCode = request.FormulaCode.Trim().ToUpperInvariant(),
        Quantity = request.Quantity,
        Directions = request.Directions,
        DaysSupply = request.DaysSupply,
        RefillsAuthorized = request.Refills,
        RefillsRemaining = request.Refills,
        WrittenOn = request.WrittenOn,
        ExpiresOn = request.WrittenOn.AddYears(1),
        Channel = "Api",
        ExternalId = request.ExternalId,
        SubmittedBy = "bare",
        Status = "Received",
        ReceivedAt = now,
        Version = 1,
    };
}
