using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Prescriptions.Features.GetPatient;

/// <summary>One patient's record and their prescriptions, newest first.</summary>
[Access(PatientAccess.Read)]
public sealed record GetPatient(Guid PatientId) : IQuery<PatientDetailsView>;

public sealed record PatientDetailsView(
    Guid Id, string FirstName, string LastName, DateOnly DateOfBirth, string Sex, string State,
    AddressView? HomeAddress, AddressView? ShipToAddress, string? Phone, string? AlternatePhone, string? Email,
    string AllergyStatus, IReadOnlyList<AllergyView> Allergies, IReadOnlyList<string> CurrentMedications, InsuranceView? Insurance,
    PatientReference? PossibleDuplicateOf, PatientReference? MergedInto, string? DuplicateReviewedBy, DateTimeOffset? DuplicateReviewedAt,
    DateTimeOffset RegisteredAt, IReadOnlyList<PatientPrescription> Prescriptions);

public sealed record AddressView(string Line1, string? Line2, string City, string State, string Zip);

public sealed record AllergyView(string Substance, string? Code, string? Reaction);

public sealed record InsuranceView(string PayerName, string Bin, string? Pcn, string? GroupNumber, string MemberId, string Relationship);

public sealed record PatientReference(Guid Id, string Name, DateOnly DateOfBirth, string Sex, string State);

public sealed record PatientPrescription(Guid Id, long RxNumber, string FormulaCode, string Status, DateOnly WrittenOn, DateTimeOffset ReceivedAt);

internal sealed class GetPatientHandler(PrescriptionsDbContext db) : IQueryHandler<GetPatient, PatientDetailsView>
{
    public async ValueTask<PatientDetailsView> Handle(GetPatient query, CancellationToken cancellationToken)
    {
        var id = PatientId.From(query.PatientId);
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                      ?? throw new NotFoundException("Patient", query.PatientId);
        var prescriptions = await db.Prescriptions.AsNoTracking().Where(p => p.PatientId == id)
            .OrderByDescending(p => p.RxNumber)
            .Select(p => new PatientPrescription(p.Id.Value, p.RxNumber, p.FormulaCode, p.Status.ToString(), p.WrittenOn, p.ReceivedAt))
            .ToListAsync(cancellationToken);
        return new PatientDetailsView(
            patient.Id.Value, patient.FirstName, patient.LastName, patient.DateOfBirth, patient.Sex.ToString(), patient.State,
            AddressOf(patient.HomeAddress), AddressOf(patient.ShipToAddress), patient.Phone, patient.AlternatePhone, patient.Email,
            patient.AllergyStatus.ToString(), [.. patient.Allergies.Select(a => new AllergyView(a.Substance, a.Code, a.Reaction))],
            patient.CurrentMedications,
            patient.Insurance is { } card
                ? new InsuranceView(card.PayerName, card.Bin, card.Pcn, card.GroupNumber, card.MemberId, card.Relationship.ToString())
                : null,
            await ReferenceAsync(patient.PossibleDuplicateOf, cancellationToken), await ReferenceAsync(patient.MergedInto, cancellationToken),
            patient.DuplicateReviewedBy, patient.DuplicateReviewedAt, patient.RegisteredAt, prescriptions);
    }

    private static AddressView? AddressOf(PostalAddress? address) =>
        address is null ? null : new AddressView(address.Line1, address.Line2, address.City, address.State, address.Zip);

    private async Task<PatientReference?> ReferenceAsync(PatientId? id, CancellationToken cancellationToken) =>
        id is null
            ? null
            : await db.Patients.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new PatientReference(p.Id.Value, p.FirstName + " " + p.LastName, p.DateOfBirth, p.Sex.ToString(), p.State))
                .SingleOrDefaultAsync(cancellationToken);
}
