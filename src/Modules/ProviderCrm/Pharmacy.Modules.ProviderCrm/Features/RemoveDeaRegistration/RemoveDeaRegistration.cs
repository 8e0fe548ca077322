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

namespace Pharmacy.Modules.ProviderCrm.Features.RemoveDeaRegistration;

/// <summary>Removes a provider's DEA registration (recorded in error, or surrendered); Prescriptions learns it by event.</summary>
[Access(CrmAccess.Write)]
public sealed record RemoveDeaRegistration(Guid ProviderId, string Number) : ICommand;

internal sealed class RemoveDeaRegistrationValidator : InputValidator<RemoveDeaRegistration>
{
    public RemoveDeaRegistrationValidator() =>
        RuleFor(command => command.Number).NotEmpty().WithMessage("Choose the DEA registration.").MaximumLength(9)
            .Matches("^[A-Za-z]{2}[0-9]{7}$").WithMessage("A DEA number is two letters and seven digits.");
}

internal sealed class RemoveDeaRegistrationHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<RemoveDeaRegistration>
{
    public async ValueTask<Unit> Handle(RemoveDeaRegistration command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.RemoveDeaRegistration(command.Number, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class RemoveDeaRegistrationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/providers/{id:guid}/dea-registrations/{number}", async (Guid id, string number, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RemoveDeaRegistration(id, number), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(RemoveDeaRegistration))
            .RequireAccessTo<RemoveDeaRegistration>()
            .WithSummary("Remove a provider's DEA registration recorded in error or no longer held")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
