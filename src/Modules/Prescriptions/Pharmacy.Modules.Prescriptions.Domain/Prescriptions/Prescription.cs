using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>A prescription for a compounded preparation, from intake to dispensing.</summary>
public sealed partial class Prescription : AggregateRoot, IOrganisationOwned
{
    private readonly List<Fill> _fills = [];

    private Prescription()
    {
    }

    public PrescriptionId Id { get; private set; }

    /// <summary>The pharmacy's Rx number, printed on the label.</summary>
    public long RxNumber { get; private set; }

    public PatientDetails Patient { get; private set; } = null!;

    public Guid PrescriberId { get; private set; }

    /// <summary>The prescriber's NPI as it was when the prescription was accepted.</summary>
    public string PrescriberNpi { get; private set; } = "";

    public string PrescriberName { get; private set; } = "";

    public string FormulaCode { get; private set; } = "";

    /// <summary>How many of the formula's dispensing unit are prescribed; the unit is the formula's (<see cref="OrderableFormula.Unit"/>).</summary>
    public decimal Quantity { get; private set; }

    public string Directions { get; private set; } = "";

    public int DaysSupply { get; private set; }

    public int RefillsAuthorized { get; private set; }

    public int RefillsRemaining { get; private set; }

    public DateOnly WrittenOn { get; private set; }

    public DateOnly ExpiresOn { get; private set; }

    public IntakeChannel Channel { get; private set; }

    /// <summary>The sender's own id, so that sending the same prescription twice makes one.</summary>
    public string? ExternalId { get; private set; }

    /// <summary>
    /// Who sent it: the API client's or the person's id. A sender's external id is unique among its own prescriptions
    /// only, so one clinic's "42" never returns another clinic's prescription.
    /// </summary>
    public string? SubmittedBy { get; private set; }

    /// <summary>
    /// The clinic, telehealth partner or veterinary practice that sent it (a partner's key or the portal), which follows
    /// it and alone may see it from outside the pharmacy; null when the pharmacy itself entered it or its own key sent it.
    /// </summary>
    public Guid? OrganisationId { get; private set; }

    public PrescriptionStatus Status { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public IReadOnlyList<Fill> Fills => _fills.AsReadOnly();

    /// <summary>"First Last", as a label or a cash charge addresses the patient.</summary>
    public string PatientName => $"{Patient.FirstName} {Patient.LastName}";

    public static Prescription Receive(
        long rxNumber, PatientDetails patient, Prescriber? prescriber, PrescribingAuthority authority, string prescriberNpi, string formulaCode,
        OrderableFormula? formula, decimal quantity, string directions, int daysSupply, int refills, DateOnly writtenOn, IntakeChannel channel, string? externalId,
        DateTimeOffset now, PrescribingLimits limits, string? submittedBy = null, Guid? organisationId = null)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        CheckRule(new PrescriberMustBeActiveRule(prescriberNpi, prescriber is not null, prescriber?.IsActive == true));
        CheckRule(new PrescriptionMustNameAnApprovedFormulaRule(formulaCode, formula));
        CheckRule(new QuantityMustSuitTheFormulaRule(formula!.QuantityOf(quantity), formula));
        var scheduleLimits = limits.For(formula.ControlledSchedule);
        CheckRule(ReferenceEquals(scheduleLimits, limits.ScheduleII)
            ? new ScheduleIIMustNotBeRefilledRule(refills, scheduleLimits)
            : new RefillsMustNotExceedLimitRule(refills, scheduleLimits));
        CheckRule(new WrittenDateMustNotBeInTheFutureRule(writtenOn, today));
        var expiresOn = scheduleLimits.ExpiryOf(writtenOn);
        CheckRule(new PrescriptionMustNotBeExpiredRule(writtenOn, expiresOn, today, scheduleLimits));
        var deaNumber = CheckPrescribingAuthority(prescriberNpi, authority, patient.State, formula.ControlledSchedule, writtenOn);
        var prescription = new Prescription
        {
            Id = TypedId.New<PrescriptionId>(),
            RxNumber = rxNumber,
            Patient = patient,
            PrescriberId = prescriber!.ProviderId,
            PrescriberNpi = prescriber.Npi,
            PrescriberName = prescriber.DisplayName,
            PrescriberDeaNumber = deaNumber,
            FormulaCode = formula!.Code,
            Quantity = quantity,
            Directions = directions.Trim(),
            DaysSupply = daysSupply,
            RefillsAuthorized = refills,
            RefillsRemaining = refills,
            WrittenOn = writtenOn,
            ExpiresOn = expiresOn,
            Channel = channel,
            ExternalId = string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim(),
            SubmittedBy = submittedBy,
            OrganisationId = organisationId,
            Status = PrescriptionStatus.Received,
            ReceivedAt = now,
        };
        prescription.Raise(new PrescriptionReceivedDomainEvent(prescription.Id, rxNumber, prescription.PrescriberId, prescription.FormulaCode, channel, now));
        prescription.Progressed();
        return prescription;
    }
}
