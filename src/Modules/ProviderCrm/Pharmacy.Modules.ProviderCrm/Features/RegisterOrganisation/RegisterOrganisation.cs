using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.RegisterOrganisation;

/// <summary>Registers a clinic, telehealth partner or veterinary practice, with its address, phone and email.</summary>
[Access(CrmAccess.Write)]
public sealed record RegisterOrganisation(
    string Name, string Kind, string AddressLine1, string City, string State, string Zip, string Phone, string? AddressLine2 = null,
    string? Email = null)
    : ICommand<OrganisationRegisteredResponse>;

public sealed record OrganisationRegisteredResponse(Guid Id);

internal sealed class RegisterOrganisationValidator : InputValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator()
    {
        RuleFor(command => command.Name).NotEmpty().WithMessage("Enter the organisation's name.").MaximumLength(200);
        RuleFor(command => command.Kind).NotEmpty().WithMessage("Choose the kind of organisation.")
            .IsEnumName(typeof(OrganisationKind), caseSensitive: false)
            .WithMessage($"The kind is one of {string.Join(", ", Enum.GetNames<OrganisationKind>())}.");
        RuleFor(command => command.AddressLine1).NotEmpty().WithMessage("Enter the street address.").MaximumLength(200);
        RuleFor(command => command.AddressLine2).MaximumLength(200);
        RuleFor(command => command.City).NotEmpty().WithMessage("Enter the city.").MaximumLength(100);
        RuleFor(command => command.State).NotEmpty().WithMessage("Enter the state.")
            .Must(ContactRules.IsStateCode).WithMessage(ContactRules.StateMessage);
        RuleFor(command => command.Zip).NotEmpty().WithMessage("Enter the ZIP code.")
            .Must(ContactRules.IsZipCode).WithMessage(ContactRules.ZipMessage);
        RuleFor(command => command.Phone).NotEmpty().WithMessage("Enter the phone number.").MaximumLength(30)
            .Must(ContactRules.IsPhoneNumber).WithMessage("Enter a US phone number of 10 digits, such as (512) 555-0142.");
        RuleFor(command => command.Email).MaximumLength(254).Must(ContactRules.IsEmail).WithMessage("Enter a valid email address.");
    }
}

internal sealed class RegisterOrganisationHandler(ProviderCrmDbContext db, TimeProvider clock)
    : ICommandHandler<RegisterOrganisation, OrganisationRegisteredResponse>
{
    public async ValueTask<OrganisationRegisteredResponse> Handle(RegisterOrganisation command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        var taken = await db.Organisations.AnyAsync(organisation => organisation.Name == name, cancellationToken);
        var organisation = Organisation.Register(
            name, Enum.Parse<OrganisationKind>(command.Kind, ignoreCase: true),
            Address.Of(command.AddressLine1, command.AddressLine2, command.City, command.State, command.Zip),
            command.Phone, command.Email, taken, clock.GetUtcNow());
        db.Organisations.Add(organisation);
        return new OrganisationRegisteredResponse(organisation.Id.Value);
    }
}

internal static class RegisterOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/organisations", async (RegisterOrganisation command, ISender sender, CancellationToken cancellationToken) =>
            {
                var registered = await sender.Send(command, cancellationToken);
                return Results.Created($"/api/crm/organisations/{registered.Id}", registered);
            })
            .WithName(nameof(RegisterOrganisation))
            .RequireAccessTo<RegisterOrganisation>()
            .WithSummary("Register a clinic, telehealth partner or veterinary practice")
            .Produces<OrganisationRegisteredResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
