using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Domain.Orders.Rules;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Modules.ProviderCrm.Contracts;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Features.PlaceOrder;

/// <summary>
/// A clinic orders a formula of the pharmacy's catalogue for a patient, for one of its prescribers, with directions from
/// structured choices. It is checked against the pharmacy's intake rules before it leaves, then sent as
/// <c>PortalOrderPlaced</c>; the order id is the sender's id, so the pharmacy receives it once.
/// </summary>
[Access(PortalAccess.Order)]
public sealed record PlaceOrder(
    Guid PrescriberId,
    string PatientFirstName,
    string PatientLastName,
    DateOnly PatientDateOfBirth,
    string PatientSex,
    string PatientState,
    string ShipToLine,
    string ShipToCity,
    string ShipToState,
    string ShipToZip,
    string FormulaCode,
    decimal Quantity,
    decimal DoseAmount,
    string DoseUnit,
    string Route,
    string Frequency,
    int DaysSupply,
    int Refills) : ICommand<OrderPlaced>;

public sealed record OrderPlaced(Guid Id, long Number);

internal sealed class PlaceOrderValidator : InputValidator<PlaceOrder>
{
    public static readonly IReadOnlyList<string> Sexes = ["Female", "Male", "Other", "Unknown"];

    public PlaceOrderValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(c => c.PrescriberId).NotEmpty().WithMessage("Choose the prescriber.");
        RuleFor(c => c.PatientFirstName).NotEmpty().WithMessage("Enter the patient's first name.").MaximumLength(100);
        RuleFor(c => c.PatientLastName).NotEmpty().WithMessage("Enter the patient's last name.").MaximumLength(100);
        RuleFor(c => c.PatientDateOfBirth)
            .Must(dob => dob > today.AddYears(-130) && dob <= today).WithMessage("Enter a date of birth in the past 130 years.");
        RuleFor(c => c.PatientSex).NotEmpty().WithMessage("Choose the patient's sex.").Must(Sexes.Contains).WithMessage("Choose the patient's sex from the list.");
        RuleFor(c => c.PatientState).NotEmpty().WithMessage("Enter the patient's state.").Must(ContactRules.IsStateCode).WithMessage(ContactRules.StateMessage);
        RuleFor(c => c.ShipToLine).NotEmpty().WithMessage("Enter the street address to ship to.").MaximumLength(200);
        RuleFor(c => c.ShipToCity).NotEmpty().WithMessage("Enter the city to ship to.").MaximumLength(100);
        RuleFor(c => c.ShipToState).NotEmpty().WithMessage("Enter the state to ship to.").Must(ContactRules.IsStateCode).WithMessage(ContactRules.StateMessage);
        RuleFor(c => c.ShipToZip).NotEmpty().WithMessage("Enter the ZIP code to ship to.").Must(ContactRules.IsZipCode).WithMessage("A ZIP code is 5 digits, or 5+4.");
        RuleFor(c => c.FormulaCode).NotEmpty().WithMessage("Choose the formula.").MaximumLength(40);
        RuleFor(c => c.Quantity).GreaterThan(0).WithMessage("Enter a quantity greater than zero.")
            .LessThanOrEqualTo(10_000).WithMessage("Enter a quantity of at most 10,000 in the formula's unit.")
            .PrecisionScale(9, 3, ignoreTrailingZeros: true).WithMessage("Enter the quantity with at most 3 decimals.");
        RuleFor(c => c.DoseAmount).GreaterThan(0).WithMessage("Enter how much is taken or applied each time.")
            .LessThanOrEqualTo(1_000).WithMessage("Enter a dose of at most 1,000.")
            .PrecisionScale(7, 3, ignoreTrailingZeros: true).WithMessage("Enter the dose with at most 3 decimals.");
        RuleFor(c => c.DoseUnit).NotEmpty().WithMessage("Choose the unit of each dose.").Must(Directions.DoseUnits.Contains).WithMessage("Choose the unit of each dose from the list.");
        RuleFor(c => c.Route).NotEmpty().WithMessage("Choose the route.").Must(Directions.Routes.ContainsKey).WithMessage("Choose the route from the list.");
        RuleFor(c => c.Frequency).NotEmpty().WithMessage("Choose how often.").Must(Directions.Frequencies.ContainsKey).WithMessage("Choose how often from the list.");
        RuleFor(c => c.DaysSupply).InclusiveBetween(1, 365).WithMessage("Days supply is between 1 and 365.");
        RuleFor(c => c.Refills).InclusiveBetween(0, 11).WithMessage("Refills are between 0 and 11.");
    }
}

/// <remarks>
/// The reads and the checks with the CRM and Prescriptions come first, outside the write, which holds the order and
/// its outbox row. The checks are the pharmacy's own rules: the pharmacy applies them again at intake.
/// </remarks>
internal sealed class PlaceOrderHandler(
    PortalDbContext db, OrderNumbers numbers, ICurrentUser user, ICurrentOrganisation organisation, IOrganisationDirectory directory,
    IPrescriptionIntakeCheck intake, TimeProvider clock)
    : ICommandHandler<PlaceOrder, OrderPlaced>
{
    public async ValueTask<OrderPlaced> Handle(PlaceOrder command, CancellationToken cancellationToken)
    {
        // A portal user always acts for one organisation; one bound to none has no prescriber to choose.
        var organisationId = organisation.RestrictedTo ?? Guid.Empty;
        var prescribers = organisationId == Guid.Empty ? [] : await directory.PrescribersOfAsync(organisationId, cancellationToken);
        var prescriber = prescribers.FirstOrDefault(p => p.ProviderId == command.PrescriberId)
                         ?? throw Field(nameof(PlaceOrder.PrescriberId), "Choose one of your organisation's prescribers.");
        var code = command.FormulaCode.Trim().ToUpperInvariant();
        var formula = (await intake.OrderableFormulasAsync(cancellationToken)).FirstOrDefault(f => f.Code == code)
                      ?? throw Field(nameof(PlaceOrder.FormulaCode), "Choose a formula from the pharmacy's catalogue.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var refusal = await intake.RefusalOfAsync(
            new IntakeCheckRequest(prescriber.Npi, command.PatientState, code, command.Quantity, command.Refills, today), cancellationToken);
        if (refusal is not null)
        {
            throw new BusinessRuleValidationException(new PharmacyMustAcceptTheOrderRule(refusal));
        }

        var order = PortalOrder.Place(
            await numbers.NextAsync(db, cancellationToken), organisationId, user.Name, command.PatientFirstName, command.PatientLastName,
            command.PatientDateOfBirth, command.PatientSex, command.PatientState,
            $"{command.ShipToLine.Trim()}, {command.ShipToCity.Trim()}, {command.ShipToState.Trim().ToUpperInvariant()} {command.ShipToZip.Trim()}",
            formula.Code, formula.Name, Quantity.Of(command.Quantity, formula.Unit),
            Directions.Compose(command.DoseAmount, command.DoseUnit, command.Route, command.Frequency),
            command.DaysSupply, command.Refills, prescriber.ProviderId, prescriber.Npi, prescriber.Name, clock.GetUtcNow());
        db.Orders.Add(order);
        return new OrderPlaced(order.Id.Value, order.Number);
    }

    private static ValidationException Field(string field, string message) => new([new ValidationFailure(field, message)]);
}
