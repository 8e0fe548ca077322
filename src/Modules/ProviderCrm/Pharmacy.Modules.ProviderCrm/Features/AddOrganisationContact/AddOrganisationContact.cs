using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.AddOrganisationContact;

/// <summary>Adds a person the pharmacy talks to at an organisation (practice manager, billing contact).</summary>
[Access(CrmAccess.Write)]
public sealed record AddOrganisationContact(Guid OrganisationId, string Name, string? Role = null, string? Email = null, string? Phone = null) : ICommand;

public sealed record AddOrganisationContactRequest(string Name, string? Role = null, string? Email = null, string? Phone = null);

internal sealed class AddOrganisationContactValidator : InputValidator<AddOrganisationContact>
{
    public AddOrganisationContactValidator()
    {
        RuleFor(command => command.Name).NotEmpty().WithMessage("Enter the contact's name.").MaximumLength(200);
        RuleFor(command => command.Role).MaximumLength(100);
        RuleFor(command => command.Email).MaximumLength(254).Must(ContactRules.IsEmail).WithMessage("Enter a valid email address.");
        RuleFor(command => command.Phone).MaximumLength(30).Must(ContactRules.IsPhoneNumber)
            .WithMessage("Enter a US phone number of 10 digits, such as (512) 555-0142.");
    }
}

internal sealed class AddOrganisationContactHandler(ProviderCrmDbContext db) : ICommandHandler<AddOrganisationContact>
{
    public async ValueTask<Unit> Handle(AddOrganisationContact command, CancellationToken cancellationToken)
    {
        var organisation = await db.FindOrganisationAsync(OrganisationId.From(command.OrganisationId), cancellationToken);
        organisation.AddContact(command.Name, command.Role, command.Email, command.Phone);
        return Unit.Value;
    }
}

internal static class AddOrganisationContactEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/organisations/{id:guid}/contacts", async (Guid id, AddOrganisationContactRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new AddOrganisationContact(id, request.Name, request.Role, request.Email, request.Phone), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(AddOrganisationContact))
            .RequireAccessTo<AddOrganisationContact>()
            .WithSummary("Add a contact person to an organisation")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
