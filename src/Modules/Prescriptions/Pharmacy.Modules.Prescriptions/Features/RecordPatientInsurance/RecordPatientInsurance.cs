using FluentValidation;
using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.RecordPatientInsurance;

/// <summary>The patient's prescription coverage as on the card, for Billing; none: the patient pays cash.</summary>
[Access(PatientAccess.Edit)]
public sealed record RecordPatientInsurance(Guid PatientId, InsuranceInput? Insurance) : ICommand;

public sealed record InsuranceInput(string PayerName, string Bin, string? Pcn, string? GroupNumber, string MemberId, CardholderRelationship Relationship);

internal sealed class RecordPatientInsuranceValidator : InputValidator<RecordPatientInsurance>
{
    public RecordPatientInsuranceValidator()
    {
        When(c => c.Insurance is not null, () =>
        {
            RuleFor(c => c.Insurance!.PayerName).NotEmpty().WithMessage("Enter the payer's name.").MaximumLength(PatientLimits.Payer);
            RuleFor(c => c.Insurance!.Bin).NotEmpty().WithMessage("Enter the BIN (RxBIN) from the card.")
                .Matches("^[0-9]{6}$").WithMessage("A BIN is 6 digits.");
            RuleFor(c => c.Insurance!.Pcn).MaximumLength(PatientLimits.InsuranceId);
            RuleFor(c => c.Insurance!.GroupNumber).MaximumLength(PatientLimits.InsuranceId);
            RuleFor(c => c.Insurance!.MemberId).NotEmpty().WithMessage("Enter the member id from the card.").MaximumLength(PatientLimits.InsuranceId);
            RuleFor(c => c.Insurance!.Relationship).IsInEnum().WithMessage("Choose how the patient is related to the cardholder.");
        });
    }
}

internal sealed class RecordPatientInsuranceHandler(PrescriptionsDbContext db) : ICommandHandler<RecordPatientInsurance>
{
    public async ValueTask<Unit> Handle(RecordPatientInsurance command, CancellationToken cancellationToken)
    {
        var patient = await db.FindPatientAsync(command.PatientId, cancellationToken);
        patient.RecordInsurance(command.Insurance is { } card
            ? new Insurance(card.PayerName, card.Bin, card.Pcn, card.GroupNumber, card.MemberId, card.Relationship)
            : null);
        return Unit.Value;
    }
}
