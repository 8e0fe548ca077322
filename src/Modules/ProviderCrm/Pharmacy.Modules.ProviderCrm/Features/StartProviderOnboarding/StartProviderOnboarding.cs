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

namespace Pharmacy.Modules.ProviderCrm.Features.StartProviderOnboarding;

/// <summary>A prospect agreed to work with the pharmacy: their onboarding checklist starts.</summary>
[Access(CrmAccess.Write)]
public sealed record StartProviderOnboarding(Guid ProviderId, string Reason) : ICommand;

public sealed record StartProviderOnboardingRequest(string Reason);

internal sealed class StartProviderOnboardingValidator : InputValidator<StartProviderOnboarding>
{
    public StartProviderOnboardingValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason onboarding starts.").MaximumLength(500);
}

internal sealed class StartProviderOnboardingHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<StartProviderOnboarding>
{
    public async ValueTask<Unit> Handle(StartProviderOnboarding command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.StartOnboarding(command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class StartProviderOnboardingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/start-onboarding", async (Guid id, StartProviderOnboardingRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new StartProviderOnboarding(id, request.Reason), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(StartProviderOnboarding))
            .RequireAccessTo<StartProviderOnboarding>()
            .WithSummary("Start onboarding a prospect")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
