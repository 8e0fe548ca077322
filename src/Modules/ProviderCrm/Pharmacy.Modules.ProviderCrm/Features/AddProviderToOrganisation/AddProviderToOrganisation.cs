using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.AddProviderToOrganisation;

/// <summary>Records that a provider practises at an organisation; a provider may practise at several.</summary>
[Access(CrmAccess.Write)]
public sealed record AddProviderToOrganisation(Guid ProviderId, Guid OrganisationId, string? Role = null) : ICommand;

public sealed record AddProviderToOrganisationRequest(Guid OrganisationId, string? Role = null);

internal sealed class AddProviderToOrganisationValidator : InputValidator<AddProviderToOrganisation>
{
    public AddProviderToOrganisationValidator()
    {
        RuleFor(command => command.OrganisationId).NotEmpty().WithMessage("Choose the organisation.");
        RuleFor(command => command.Role).MaximumLength(100);
    }
}

internal sealed class AddProviderToOrganisationHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<AddProviderToOrganisation>
{
    public async ValueTask<Unit> Handle(AddProviderToOrganisation command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        var organisationId = OrganisationId.From(command.OrganisationId);
        var exists = await db.Organisations.AnyAsync(organisation => organisation.Id == organisationId, cancellationToken);
        provider.JoinOrganisation(organisationId, exists, command.Role, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class AddProviderToOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/memberships", async (Guid id, AddProviderToOrganisationRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new AddProviderToOrganisation(id, request.OrganisationId, request.Role), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(AddProviderToOrganisation))
            .RequireAccessTo<AddProviderToOrganisation>()
            .WithSummary("Record that a provider practises at an organisation")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
