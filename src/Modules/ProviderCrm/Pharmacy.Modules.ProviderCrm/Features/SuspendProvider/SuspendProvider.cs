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

namespace Pharmacy.Modules.ProviderCrm.Features.SuspendProvider;

/// <summary>Suspends an active prescriber, with the reason; their new prescriptions are refused until reactivated.</summary>
[Access(CrmAccess.Write)]
public sealed record SuspendProvider(Guid ProviderId, string Reason) : ICommand;

public sealed record SuspendProviderRequest(string Reason);

internal sealed class SuspendProviderValidator : InputValidator<SuspendProvider>
{
    public SuspendProviderValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason for the suspension.").MaximumLength(500);
}

internal sealed class SuspendProviderHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<SuspendProvider>
{
    public async ValueTask<Unit> Handle(SuspendProvider command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        provider.Suspend(command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class SuspendProviderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/suspend", async (Guid id, SuspendProviderRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new SuspendProvider(id, request.Reason), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(SuspendProvider))
            .RequireAccessTo<SuspendProvider>()
            .WithSummary("Suspend an active prescriber")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
