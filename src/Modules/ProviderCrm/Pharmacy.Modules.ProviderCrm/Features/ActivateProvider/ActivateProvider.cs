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

namespace Pharmacy.Modules.ProviderCrm.Features.ActivateProvider;

/// <summary>
/// Activates a prescriber once their onboarding checklist is complete (or reinstates a suspended one): from now on the
/// pharmacy accepts their prescriptions. Without a reason, the reason recorded is that the checklist is complete.
/// </summary>
[Access(CrmAccess.Write)]
public sealed record ActivateProvider(Guid ProviderId, string? Reason = null) : ICommand;

internal sealed class ActivateProviderValidator : InputValidator<ActivateProvider>
{
    public ActivateProviderValidator() => RuleFor(command => command.Reason).MaximumLength(500);
}

internal sealed class ActivateProviderHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<ActivateProvider>
{
    public async ValueTask<Unit> Handle(ActivateProvider command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.Activate(clock.GetUtcNow(), command.Reason);
        return Unit.Value;
    }
}

internal static class ActivateProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/activate", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ActivateProvider(id), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(ActivateProvider))
            .RequireAccessTo<ActivateProvider>()
            .WithSummary("Activate a prescriber")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
