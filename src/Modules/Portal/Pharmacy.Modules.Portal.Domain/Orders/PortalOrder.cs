using Pharmacy.Modules.Portal.Domain.Orders.Rules;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders;

/// <summary>
/// An order a clinic placed on the portal for one patient and one formula: what it sent, and where its prescription
/// stands at the pharmacy as the pharmacy's events tell it. It belongs to the clinic's organisation, which alone sees it.
/// </summary>
public sealed class PortalOrder : AggregateRoot, IOrganisationOwned
{
    private PortalOrder()
    {
    }

    public PortalOrderId Id { get; private set; }

    /// <summary>The number the clinic quotes ("Order 12"); the only thing a notification e-mail names.</summary>
    public long Number { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public string PlacedBy { get; private set; } = "";

    public DateTimeOffset PlacedAt { get; private set; }

    public string PatientFirstName { get; private set; } = "";

    public string PatientLastName { get; private set; } = "";

    public DateOnly PatientDateOfBirth { get; private set; }

    public string PatientSex { get; private set; } = "";

    public string PatientState { get; private set; } = "";

    /// <summary>Where the pharmacy ships the preparation: one line, city, state and ZIP.</summary>
    public string ShipTo { get; private set; } = "";

    public string FormulaCode { get; private set; } = "";

    public string FormulaName { get; private set; } = "";

    /// <summary>How many of the formula's dispensing unit (<see cref="Unit"/>) the clinic orders.</summary>
    public decimal QuantityAmount { get; private set; }

    public UnitOfMeasure Unit { get; private set; } = UnitOfMeasure.Each;

    public Quantity Quantity => new(QuantityAmount, Unit);

    public string Directions { get; private set; } = "";

    public int DaysSupply { get; private set; }

    public int Refills { get; private set; }

    public Guid PrescriberId { get; private set; }

    public string PrescriberNpi { get; private set; } = "";

    public string PrescriberName { get; private set; } = "";

    public OrderStatus Status { get; private set; }

    public Guid? PrescriptionId { get; private set; }

    public long? RxNumber { get; private set; }

    public string? Question { get; private set; }

    public string? Answer { get; private set; }

    public string? HoldReason { get; private set; }

    public DateTimeOffset? BeyondUseDate { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When someone of the clinic last asked for a refill, and who; the refill itself shows as the pharmacy's progress.</summary>
    public DateTimeOffset? RefillRequestedAt { get; private set; }

    public string? RefillRequestedBy { get; private set; }

    /// <summary>How many fills the prescription has had (the first one and each refill); 0 before it is verified.</summary>
    public int FillCount { get; private set; }

    /// <summary>Refills the prescription has left, as the pharmacy counts them; null until the pharmacy says.</summary>
    public int? RefillsRemaining { get; private set; }

    /// <summary>The pharmacy's answer to a refill request its rules did not allow on arrival; null when none waits or was decided.</summary>
    public RefillRequestState? RefillRequest { get; private set; }

    /// <summary>Why the request waits (the rule the pharmacy applied), or the pharmacist's reason to decline it.</summary>
    public string? RefillRequestNote { get; private set; }

    /// <summary>The clinic may ask for a refill: the patient has the preparation, a refill is left and no request already waits.</summary>
    public bool CanRequestRefill =>
        Status is OrderStatus.Shipped or OrderStatus.Dispensed && RefillsRemaining is not 0 && RefillRequest != RefillRequestState.Pending;

    public string PatientName => $"{PatientFirstName} {PatientLastName}";

    public static PortalOrder Place(
        long number, Guid organisationId, string placedBy, string patientFirstName, string patientLastName, DateOnly patientDateOfBirth,
        string patientSex, string patientState, string shipTo, string formulaCode, string formulaName, Quantity quantity, string directions,
        int daysSupply, int refills, Guid prescriberId, string prescriberNpi, string prescriberName, DateTimeOffset now)
    {
        var order = new PortalOrder
        {
            Id = TypedId.New<PortalOrderId>(),
            Number = number,
            OrganisationId = organisationId,
            PlacedBy = placedBy,
            PlacedAt = now,
            PatientFirstName = patientFirstName.Trim(),
            PatientLastName = patientLastName.Trim(),
            PatientDateOfBirth = patientDateOfBirth,
            PatientSex = patientSex,
            PatientState = patientState.Trim().ToUpperInvariant(),
            ShipTo = shipTo.Trim(),
            FormulaCode = formulaCode,
            FormulaName = formulaName,
            QuantityAmount = quantity.Amount,
            Unit = quantity.Unit,
            Directions = directions,
            DaysSupply = daysSupply,
            Refills = refills,
            PrescriberId = prescriberId,
            PrescriberNpi = prescriberNpi,
            PrescriberName = prescriberName,
            Status = OrderStatus.Sent,
            UpdatedAt = now,
        };
        order.Raise(new PortalOrderPlacedDomainEvent(order, now));
        return order;
    }

    /// <summary>The pharmacy's latest word on the order's prescription; the events arrive in order, so the latest wins.</summary>
    public void RecordProgress(
        Guid prescriptionId, long rxNumber, OrderStatus status, string? question, string? answer, string? holdReason,
        DateTimeOffset? beyondUseDate, string? carrier, string? trackingNumber, DateTimeOffset? shippedAt, RefillProgress refills,
        DateTimeOffset now)
    {
        var news = NewsOf(status, question, beyondUseDate, carrier, trackingNumber, refills);
        PrescriptionId = prescriptionId;
        RxNumber = rxNumber;
        Status = status;
        Question = question;
        Answer = answer;
        HoldReason = holdReason;
        BeyondUseDate = beyondUseDate;
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        ShippedAt = shippedAt;
        FillCount = refills.FillCount;
        RefillsRemaining = refills.Remaining;
        RefillRequest = refills.Request;
        RefillRequestNote = refills.Note;
        UpdatedAt = now;
        if (news is not null)
        {
            Raise(new PortalOrderUpdatedDomainEvent(Id, Number, OrganisationId!.Value, news, now));
        }
    }

    /// <summary>What the clinic is told when the pharmacy's word changes what it follows; null when nothing it follows changed.</summary>
    private string? NewsOf(
        OrderStatus status, string? question, DateTimeOffset? beyondUseDate, string? carrier, string? trackingNumber, RefillProgress refills)
    {
        if (trackingNumber is not null && trackingNumber != TrackingNumber)
        {
            return $"Order {Number} is shipped with {carrier}, tracking number {trackingNumber}.";
        }

        if (status == OrderStatus.NeedsClarification && (status != Status || question != Question))
        {
            return $"The pharmacy has a question about order {Number}.";
        }

        if (refills.FillCount > FillCount && FillCount > 0)
        {
            return $"The refill of order {Number} is being prepared (fill {refills.FillCount}).";
        }

        if (refills.Request is { } request && (request != RefillRequest || refills.Note != RefillRequestNote))
        {
            return request switch
            {
                RefillRequestState.Pending => $"Your refill request for order {Number} waits for a pharmacist: {refills.Note}",
                RefillRequestState.Declined => $"The pharmacy declined the refill of order {Number}: {refills.Note}",
                _ => $"The pharmacy approved the refill of order {Number}.",
            };
        }

        if (status != Status)
        {
            return $"Order {Number} is now: {EnumText.Of(status)}.";
        }

        return beyondUseDate is { } bud && beyondUseDate != BeyondUseDate ? $"Order {Number} has its beyond-use date: {bud:yyyy-MM-dd}." : null;
    }

    /// <summary>The clinic answers the pharmacy's question; the answer goes to the prescription, which returns to verification.</summary>
    public void AnswerQuestion(string answer, string answeredBy, DateTimeOffset now)
    {
        CheckRule(new AnswerNeedsAnOpenQuestionRule(Status, PrescriptionId is not null));
        CheckRule(new AnswerMustBeGivenRule(answer));
        Answer = answer.Trim();
        UpdatedAt = now;
        Raise(new PortalOrderAnsweredDomainEvent(Id, PrescriptionId!.Value, Answer, answeredBy, now));
    }

    /// <summary>
    /// The clinic asks for a refill of the order's prescription. <paramref name="pharmacyRefusal"/> is the pharmacy's answer to
    /// whether it has one to give now; a refusal stops the request here, in the pharmacy's words.
    /// </summary>
    public void RequestRefill(string? pharmacyRefusal, string requestedBy, DateTimeOffset now)
    {
        CheckRule(new RefillNeedsAHandedOutOrderRule(Status, PrescriptionId is not null));
        CheckRule(new OneRefillRequestWaitsAtATimeRule(RefillRequest));
        CheckRule(new PharmacyMustHaveARefillToGiveRule(pharmacyRefusal));
        RefillRequestedAt = now;
        RefillRequestedBy = requestedBy;
        UpdatedAt = now;
        Raise(new PortalOrderRefillRequestedDomainEvent(Id, PrescriptionId!.Value, OrganisationId!.Value, requestedBy, now));
    }
}
