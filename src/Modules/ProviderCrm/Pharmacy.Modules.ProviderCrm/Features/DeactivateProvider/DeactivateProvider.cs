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

namespace Pharmacy.Modules.ProviderCrm.Features.DeactivateProvider;

/// <summary>The pharmacy stops working with a provider, with the reason; an active provider stops prescribing at once.</summary>
[Access(CrmAccess.Write)]
public sealed record DeactivateProvider(Guid ProviderId, string Reason) : ICommand;

public sealed record DeactivateProviderRequest(string Reason);

internal sealed class DeactivateProviderValidator : InputValidator<DeactivateProvider>
{
    public DeactivateProviderValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason the provider becomes inactive.").MaximumLength(500);
}

internal sealed class DeactivateProviderHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<DeactivateProvider>
{
    public async ValueTask<Unit> Handle(DeactivateProvider command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.Deactivate(command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class DeactivateProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/deactivate", async (Guid id, DeactivateProviderRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DeactivateProvider(id, request.Reason), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(DeactivateProvider))
            .RequireAccessTo<DeactivateProvider>()
            .WithSummary("Make a provider inactive")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
