using FluentValidation;
using Mediator;
using Pharmacy.Modules.Prescriptions.Domain.Patients;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.ChangePatientAddresses;

/// <summary>Where the patient lives (which sets their state) and, when fills go elsewhere, where to ship them; none ships home.</summary>
[Access(PatientAccess.Edit)]
public sealed record ChangePatientAddresses(Guid PatientId, AddressInput Home, AddressInput? ShipTo) : ICommand;

public sealed record AddressInput(string Line1, string? Line2, string City, string State, string Zip);

internal sealed class AddressInputValidator : InputValidator<AddressInput>
{
    public AddressInputValidator()
    {
        RuleFor(a => a.Line1).NotEmpty().WithMessage("Enter the street address.").MaximumLength(PatientLimits.AddressLine);
        RuleFor(a => a.Line2).MaximumLength(PatientLimits.AddressLine);
        RuleFor(a => a.City).NotEmpty().WithMessage("Enter the city.").MaximumLength(PatientLimits.City);
        RuleFor(a => a.State).NotEmpty().WithMessage("Enter the state.").Must(ContactRules.IsStateCode).WithMessage(ContactRules.StateMessage);
        RuleFor(a => a.Zip).NotEmpty().WithMessage("Enter the ZIP code.")
            .Must(zip => !new ZipCodeMustBeFiveOrNineDigitsRule(zip.Trim()).IsBroken()).WithMessage(ContactRules.ZipMessage);
    }
}

internal sealed class ChangePatientAddressesValidator : InputValidator<ChangePatientAddresses>
{
    public ChangePatientAddressesValidator()
    {
        RuleFor(c => c.Home).SetValidator(new AddressInputValidator());
        RuleFor(c => c.ShipTo!).SetValidator(new AddressInputValidator()).When(c => c.ShipTo is not null);
    }
}

internal sealed class ChangePatientAddressesHandler(PrescriptionsDbContext db) : ICommandHandler<ChangePatientAddresses>
{
    public async ValueTask<Unit> Handle(ChangePatientAddresses command, CancellationToken cancellationToken)
    {
        var patient = await db.FindPatientAsync(command.PatientId, cancellationToken);
        patient.ChangeAddresses(AddressOf(command.Home), command.ShipTo is { } shipTo ? AddressOf(shipTo) : null);
        return Unit.Value;
    }

    private static PostalAddress AddressOf(AddressInput input) => new(input.Line1, input.Line2, input.City, input.State, input.Zip);
}
