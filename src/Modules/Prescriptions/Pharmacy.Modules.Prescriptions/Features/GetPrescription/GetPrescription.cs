using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;

namespace Pharmacy.Modules.Prescriptions.Features.GetPrescription;

public sealed record GetPrescription(Guid PrescriptionId) : IQuery<PrescriptionDetails>;

public sealed record PrescriptionDetails(
    Guid Id, long RxNumber, string Status, string Channel, string? ExternalId,
    string PatientFirstName, string PatientLastName, DateOnly PatientDateOfBirth, string PatientSex, string PatientState,
    Guid PrescriberId, string PrescriberNpi, string PrescriberName, string? PrescriberDeaNumber,
    string FormulaCode, string? FormulaName, string? FormulaUnit, decimal Quantity, string Directions, int DaysSupply, int RefillsAuthorized, int RefillsRemaining,
    DateOnly WrittenOn, DateOnly ExpiresOn, DateTimeOffset ReceivedAt,
    string? VerifiedBy, DateTimeOffset? VerifiedAt,
    ClarificationDetails? Clarification,
    string? HoldReason, string? HeldBy, DateTimeOffset? HeldAt, string? StatusBeforeHold,
    string? CancellationReason, string? CancelledBy, DateTimeOffset? CancelledAt,
    IReadOnlyList<FillDetails> Fills,
    IReadOnlyList<TimelineStep> Timeline,
    RefillRequestDetails? RefillRequest = null,
    string? RefillRefusal = null,
    Guid? PatientId = null);

/// <summary>A clinic's refill request the rules refused on arrival: why, and the pharmacist's decision once made.</summary>
public sealed record RefillRequestDetails(
    string Status, string? RequestedBy, DateTimeOffset? RequestedAt, string? Refusal, string? DecisionReason, string? DecidedBy, DateTimeOffset? DecidedAt);

/// <summary>One step of the prescription's way through the pharmacy, oldest first: what happened, when, and who did it.</summary>
public sealed record TimelineStep(DateTimeOffset At, string Step, string? By, string? Detail);

/// <summary>The latest question put to the prescriber, and the answer once recorded.</summary>
public sealed record ClarificationDetails(
    string Question, string? AskedBy, DateTimeOffset? AskedAt, string? Answer, string? AnsweredBy, DateTimeOffset? AnsweredAt);

public sealed record FillDetails(
    Guid Id, int Number, decimal Quantity, string Status, DateTimeOffset RequestedAt, Guid? BatchId, string? BatchNumber,
    DateTimeOffset? BeyondUseDate, string? Storage, DateTimeOffset? ReadyAt, string? Method, string? Carrier, string? TrackingNumber,
    string? DispensedBy, DateTimeOffset? DispensedAt,
    string? TooSoonOverriddenBy = null, string? TooSoonOverrideReason = null, DateTimeOffset? TooSoonOverriddenAt = null,
    string? CheckedBy = null, DateTimeOffset? CheckedAt = null,
    string? CollectedBy = null, string? CollectorRelationship = null, string? Counselling = null,
    ShipToDetails? ShipTo = null, bool ColdChainPacked = false, bool NeedsColdChain = false,
    string? DaysSupplyWarning = null);

/// <summary>Where a shipped fill went, as the patient's address was the day it shipped.</summary>
public sealed record ShipToDetails(string Line1, string? Line2, string City, string State, string Zip);

internal sealed class GetPrescriptionHandler(PrescriptionsDbContext db, TimeProvider clock) : IQueryHandler<GetPrescription, PrescriptionDetails>
{
    public async ValueTask<PrescriptionDetails> Handle(GetPrescription query, CancellationToken cancellationToken)
    {
        var id = PrescriptionId.From(query.PrescriptionId);
        var p = await db.Prescriptions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new NotFoundException("Prescription", query.PrescriptionId);
        var formula = await db.Formulas.AsNoTracking().SingleOrDefaultAsync(f => f.Code == p.FormulaCode, cancellationToken);
        var clarification = p.ClarificationQuestion is null
            ? null
            : new ClarificationDetails(
                p.ClarificationQuestion, p.ClarificationAskedBy, p.ClarificationAskedAt, p.ClarificationAnswer, p.ClarificationAnsweredBy,
                p.ClarificationAnsweredAt);
        return new PrescriptionDetails(
            p.Id.Value, p.RxNumber, p.Status.ToString(), p.Channel.ToString(), p.ExternalId,
            p.Patient.FirstName, p.Patient.LastName, p.Patient.DateOfBirth, p.Patient.Sex.ToString(), p.Patient.State,
            p.PrescriberId, p.PrescriberNpi, p.PrescriberName, p.PrescriberDeaNumber,
            p.FormulaCode, formula?.Name, formula?.Unit.Symbol, p.Quantity, p.Directions, p.DaysSupply, p.RefillsAuthorized, p.RefillsRemaining,
            p.WrittenOn, p.ExpiresOn, p.ReceivedAt,
            p.VerifiedBy, p.VerifiedAt,
            clarification,
            p.HoldReason, p.HeldBy, p.HeldAt, p.StatusBeforeHold?.ToString(),
            p.CancellationReason, p.CancelledBy, p.CancelledAt,
            p.Fills.OrderBy(f => f.Number).ThenBy(f => f.RequestedAt).Select(f => ToDetails(p, f, clock.GetUtcNow())).ToList(),
            PrescriptionTimeline.Of(p),
            p.RefillRequestStatus is { } status
                ? new RefillRequestDetails(
                    status.ToString(), p.RefillRequestedBy, p.RefillRequestedAt, p.RefillRequestRefusal, p.RefillRequestDecisionReason,
                    p.RefillRequestDecidedBy, p.RefillRequestDecidedAt)
                : null,
            p.RefusalOfRefill(clock.GetUtcNow()),
            p.PatientId?.Value);
    }

    private static FillDetails ToDetails(Prescription p, Fill f, DateTimeOffset now) => new(
        f.Id.Value, f.Number, f.Quantity, f.Status.ToString(), f.RequestedAt, f.BatchId, f.BatchNumber, f.BeyondUseDate, f.Storage,
        f.ReadyAt, f.Method?.ToString(), f.Carrier, f.TrackingNumber, f.DispensedBy, f.DispensedAt,
        f.TooSoonOverriddenBy, f.TooSoonOverrideReason, f.TooSoonOverriddenAt,
        f.CheckedBy, f.CheckedAt, f.CollectedBy, f.CollectorRelationship?.ToString(), f.Counselling?.ToString(),
        f.ShipTo is { } a ? new ShipToDetails(a.Line1, a.Line2, a.City, a.State, a.Zip) : null, f.ColdChainPacked, f.NeedsColdChain,
        // Warned while the fill is still to leave: counted from now, the day it would be handed out.
        f.Status == FillStatus.ReadyToDispense ? p.DaysSupplyWarning(f.Id, now) : null);
}

internal static class GetPrescriptionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/{id:guid}", (Guid id, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetPrescription(id), cancellationToken))
            .WithName(nameof(GetPrescription))
            .WithSummary("One prescription, with its workflow state and its fills")
            .Produces<PrescriptionDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
