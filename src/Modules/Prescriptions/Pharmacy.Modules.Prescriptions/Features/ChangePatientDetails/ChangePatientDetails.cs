using FluentValidation;
using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.ChangePatientDetails;

/// <summary>Corrects the patient's name, date of birth or sex, and records how to reach them. Prescriptions keep the patient as written.</summary>
[Access(PatientAccess.Edit)]
public sealed record ChangePatientDetails(
    Guid PatientId, string FirstName, string LastName, DateOnly DateOfBirth, string Sex, string? Phone, string? AlternatePhone, string? Email)
    : ICommand;

internal sealed class ChangePatientDetailsValidator : InputValidator<ChangePatientDetails>
{
    public ChangePatientDetailsValidator()
    {
        RuleFor(c => c.FirstName).NotEmpty().WithMessage("Enter the patient's first name.").MaximumLength(PatientLimits.Name);
        RuleFor(c => c.LastName).NotEmpty().WithMessage("Enter the patient's last name.").MaximumLength(PatientLimits.Name);
        RuleFor(c => c.DateOfBirth).NotEqual(default(DateOnly)).WithMessage("Enter the patient's date of birth.")
            .GreaterThanOrEqualTo(DateOfBirthMustBePlausibleRule.Earliest).WithMessage("Enter a date of birth from 1900 on.");
        RuleFor(c => c.Sex).NotEmpty().WithMessage("Enter the patient's sex.")
            .IsEnumName(typeof(Sex), caseSensitive: false).WithMessage($"Sex must be one of {string.Join(", ", Enum.GetNames<Sex>())}.");
        RuleFor(c => c.Phone).MaximumLength(PatientLimits.Phone).Must(ContactRules.IsPhoneNumber).WithMessage("Enter a US phone number, such as (512) 555-0142.");
        RuleFor(c => c.AlternatePhone).MaximumLength(PatientLimits.Phone).Must(ContactRules.IsPhoneNumber)
            .WithMessage("Enter a US phone number, such as (512) 555-0142.");
        RuleFor(c => c.Email).MaximumLength(PatientLimits.Email).Must(ContactRules.IsEmail).WithMessage("Enter an e-mail address, such as name@example.com.");
    }
}

internal sealed class ChangePatientDetailsHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<ChangePatientDetails>
{
    public async ValueTask<Unit> Handle(ChangePatientDetails command, CancellationToken cancellationToken)
    {
        var patient = await db.FindPatientAsync(command.PatientId, cancellationToken);
        patient.ChangeDemographics(command.FirstName, command.LastName, command.DateOfBirth, Enum.Parse<Sex>(command.Sex, ignoreCase: true), clock.GetUtcNow());
        patient.ChangeContact(command.Phone, command.AlternatePhone, command.Email);
        return Unit.Value;
    }
}
