using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.RemoveProviderLicence;

/// <summary>Removes a provider's licence in a state (recorded in error, or given up); Prescriptions learns it by event.</summary>
[Access(CrmAccess.Write)]
public sealed record RemoveProviderLicence(Guid ProviderId, string State) : ICommand;

internal sealed class RemoveProviderLicenceValidator : InputValidator<RemoveProviderLicence>
{
    public RemoveProviderLicenceValidator() =>
        RuleFor(command => command.State).NotEmpty().WithMessage("Choose the licence's state.")
            .Must(LicensingStates.IsLicensingState).WithMessage(LicensingStates.Message);
}

internal sealed class RemoveProviderLicenceHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<RemoveProviderLicence>
{
    public async ValueTask<Unit> Handle(RemoveProviderLicence command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.RemoveLicence(command.State, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class RemoveProviderLicenceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/providers/{id:guid}/licences/{state}", async (Guid id, string state, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RemoveProviderLicence(id, state), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(RemoveProviderLicence))
            .RequireAccessTo<RemoveProviderLicence>()
            .WithSummary("Remove a provider's state licence recorded in error or no longer held")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
