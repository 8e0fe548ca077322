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

namespace Pharmacy.Modules.ProviderCrm.Features.ChangeOrganisationDetails;

/// <summary>Changes an organisation's name, kind, address, phone or email; the other modules hear of it as OrganisationChanged.</summary>
[Access(CrmAccess.Write)]
public sealed record ChangeOrganisationDetails(
    Guid OrganisationId, string Name, string Kind, string AddressLine1, string City, string State, string Zip, string Phone,
    string? AddressLine2 = null, string? Email = null) : ICommand;

public sealed record ChangeOrganisationDetailsRequest(
    string Name, string Kind, string AddressLine1, string City, string State, string Zip, string Phone, string? AddressLine2 = null, string? Email = null);

internal sealed class ChangeOrganisationDetailsValidator : InputValidator<ChangeOrganisationDetails>
{
    public ChangeOrganisationDetailsValidator()
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

internal sealed class ChangeOrganisationDetailsHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<ChangeOrganisationDetails>
{
    public async ValueTask<Unit> Handle(ChangeOrganisationDetails command, CancellationToken cancellationToken)
    {
        var id = OrganisationId.From(command.OrganisationId);
        var organisation = await db.FindOrganisationAsync(id, cancellationToken);
        var name = command.Name.Trim();
        var taken = await db.Organisations.AnyAsync(other => other.Name == name && other.Id != id, cancellationToken);
        organisation.ChangeDetails(
            name, Enum.Parse<OrganisationKind>(command.Kind, ignoreCase: true),
            Address.Of(command.AddressLine1, command.AddressLine2, command.City, command.State, command.Zip),
            command.Phone, command.Email, taken, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class ChangeOrganisationDetailsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/organisations/{id:guid}", async (Guid id, ChangeOrganisationDetailsRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ChangeOrganisationDetails(
                    id, request.Name, request.Kind, request.AddressLine1, request.City, request.State, request.Zip, request.Phone,
                    request.AddressLine2, request.Email), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(ChangeOrganisationDetails))
            .RequireAccessTo<ChangeOrganisationDetails>()
            .WithSummary("Change an organisation's name, kind, address, phone or email")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
