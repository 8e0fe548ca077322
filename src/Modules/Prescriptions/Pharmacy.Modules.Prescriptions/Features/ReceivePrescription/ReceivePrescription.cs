using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Formulas;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Pipeline;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.ReceivePrescription;

/// <summary>
/// A prescription arrives (API, FHIR, portal or staff entry). Sending the same external id twice makes one prescription.
/// It joins the patient's record (the same name and date of birth), or registers one (<see cref="PatientIntake"/>).
/// It belongs to the sender's organisation: a partner key's own, whatever the command says, or the one the portal's
/// order names (<see cref="OrganisationId"/>, for the system's intake of portal orders); none for the pharmacy's own.
/// </summary>
[Access(PrescriptionAccess.Receive)]
public sealed record ReceivePrescription(
    IntakeChannel Channel,
    string? ExternalId,
    string PrescriberNpi,
    PatientInput Patient,
    string FormulaCode,
    decimal Quantity,
    string Directions,
    int DaysSupply,
    int Refills,
    DateOnly WrittenOn,
    Guid? OrganisationId = null) : ICommand<PrescriptionReceivedResponse>;

public sealed record PatientInput(string FirstName, string LastName, DateOnly DateOfBirth, string Sex, string State);

/// <summary>Created is false when the external id was already received: the answer then names the existing prescription.</summary>
public sealed record PrescriptionReceivedResponse(Guid Id, long RxNumber, string Status, bool Created);

internal sealed class ReceivePrescriptionValidator : InputValidator<ReceivePrescription>
{
    /// <summary>A prescription older than this has expired whatever its schedule (non-controlled: one year).</summary>
    private const int MaxAgeInDays = 366;

    public ReceivePrescriptionValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(c => c.ExternalId).MaximumLength(100);
        RuleFor(c => c.PrescriberNpi).NotEmpty().WithMessage("Enter the prescriber's NPI.")
            .Matches("^[0-9]{10}$").WithMessage("An NPI is 10 digits.");
        RuleFor(c => c.Patient.FirstName).NotEmpty().WithMessage("Enter the patient's first name.").MaximumLength(100);
        RuleFor(c => c.Patient.LastName).NotEmpty().WithMessage("Enter the patient's last name.").MaximumLength(100);
        RuleFor(c => c.Patient.DateOfBirth)
            .Must(dob => dob > today.AddYears(-130) && dob <= today).WithMessage("Enter a date of birth in the past 130 years.");
        RuleFor(c => c.Patient.Sex).NotEmpty().WithMessage("Enter the patient's sex.")
            .IsEnumName(typeof(Sex), caseSensitive: false).WithMessage($"Sex must be one of {string.Join(", ", Enum.GetNames<Sex>())}.");
        RuleFor(c => c.Patient.State).NotEmpty().WithMessage("Enter the patient's state.")
            .Must(ContactRules.IsStateCode).WithMessage(ContactRules.StateMessage);
        RuleFor(c => c.FormulaCode).NotEmpty().WithMessage("Enter the formula code.").MaximumLength(40);
        RuleFor(c => c.Quantity).GreaterThan(0).WithMessage("Enter a quantity greater than zero.")
            .LessThanOrEqualTo(QuantityMustSuitTheFormulaRule.MaxMeasuredUnits)
            .WithMessage($"Enter a quantity of at most {QuantityMustSuitTheFormulaRule.MaxMeasuredUnits:N0} in the formula's unit.")
            .PrecisionScale(9, 3, ignoreTrailingZeros: true).WithMessage("Enter the quantity with at most 3 decimals.");
        RuleFor(c => c.Directions).NotEmpty().WithMessage("Enter the directions (sig).").MaximumLength(1000);
        RuleFor(c => c.DaysSupply).InclusiveBetween(1, 365).WithMessage("Days supply is between 1 and 365.");
        // The upper limit is a rule of the prescription (and of its schedule), answered as such.
        RuleFor(c => c.Refills).GreaterThanOrEqualTo(0).WithMessage("Refills cannot be negative.");
        RuleFor(c => c.WrittenOn).NotEqual(default(DateOnly)).WithMessage("Enter the date the prescription was written.")
            .GreaterThanOrEqualTo(today.AddDays(-MaxAgeInDays)).WithMessage("A prescription written more than a year ago has expired.");
    }
}

/// <remarks>
/// The reads come first, outside the write transaction; the database keeps the guarantees: the unique index on the
/// sender's id keeps one prescription per external id (two copies sent at once: the second is refused on insert and
/// answered with the first), and the Rx number comes from the module's sequence, not from <c>MAX() + 1</c>.
/// </remarks>
internal sealed class ReceivePrescriptionHandler(
    PrescriptionsDbContext db, RxNumbers rxNumbers, UnitOfWork unitOfWork, ICurrentUser sender, ICurrentOrganisation senderOrganisation,
    PrescribingLimits limits, TimeProvider clock)
    : ICommandHandler<ReceivePrescription, PrescriptionReceivedResponse>
{
    public async ValueTask<PrescriptionReceivedResponse> Handle(ReceivePrescription command, CancellationToken cancellationToken)
    {
        var externalId = string.IsNullOrWhiteSpace(command.ExternalId) ? null : command.ExternalId.Trim();
        if (externalId is not null && await AlreadyReceivedAsync(command.Channel, externalId, cancellationToken) is { } received)
        {
            return received;
        }

        var (prescriber, authority, _, formula) = await db.IntakeFactsAsync(command.PrescriberNpi, command.FormulaCode, cancellationToken);
        var patient = new PatientDetails(
            command.Patient.FirstName.Trim(), command.Patient.LastName.Trim(), command.Patient.DateOfBirth,
            Enum.Parse<Sex>(command.Patient.Sex, ignoreCase: true), command.Patient.State.ToUpperInvariant());
        var prescription = Prescription.Receive(
            await rxNumbers.NextAsync(db, cancellationToken), patient, prescriber, authority, command.PrescriberNpi, command.FormulaCode, formula,
            command.Quantity, command.Directions, command.DaysSupply, command.Refills, command.WrittenOn, command.Channel, command.ExternalId,
            clock.GetUtcNow(), limits, sender.Id, senderOrganisation.RestrictedTo ?? command.OrganisationId);
        var (record, registered) = PatientIntake.Match(await db.PatientsBornOnAsync(patient.DateOfBirth, cancellationToken), patient, clock.GetUtcNow());
        if (registered)
        {
            db.Patients.Add(record);
        }

        prescription.BelongsTo(record.Id);
        db.Prescriptions.Add(prescription);
        if (externalId is not null)
        {
            try
            {
                await unitOfWork.SaveAsync(db, cancellationToken);
            }
            catch (ConcurrentInsertException)
            {
                db.ChangeTracker.Clear();
                var first = await AlreadyReceivedAsync(command.Channel, externalId, cancellationToken);
                if (first is null)
                {
                    throw;
                }

                return first;
            }
        }

        return new PrescriptionReceivedResponse(prescription.Id.Value, prescription.RxNumber, prescription.Status.ToString(), Created: true);
    }

    private async Task<PrescriptionReceivedResponse?> AlreadyReceivedAsync(IntakeChannel channel, string externalId, CancellationToken cancellationToken)
    {
        var existing = await db.Prescriptions.AsNoTracking()
            .Where(p => p.Channel == channel && p.SubmittedBy == sender.Id && p.ExternalId == externalId)
            .Select(p => new { p.Id, p.RxNumber, p.Status })
            .SingleOrDefaultAsync(cancellationToken);
        return existing is null ? null : new PrescriptionReceivedResponse(existing.Id.Value, existing.RxNumber, existing.Status.ToString(), Created: false);
    }
}
