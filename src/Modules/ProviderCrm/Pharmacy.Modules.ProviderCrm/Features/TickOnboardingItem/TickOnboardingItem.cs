using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.ProviderCrm.Domain.Documents;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.TickOnboardingItem;

/// <summary>Ticks one item of a provider's onboarding checklist; who ticked it and when are kept.</summary>
[Access(CrmAccess.Write)]
public sealed record TickOnboardingItem(Guid ProviderId, string Item, Guid? DocumentId = null) : ICommand;

/// <summary>The item, and optionally the provider's document it was verified against.</summary>
public sealed record TickOnboardingItemRequest(string Item, Guid? DocumentId = null);

internal sealed class TickOnboardingItemValidator : InputValidator<TickOnboardingItem>
{
    public TickOnboardingItemValidator() =>
        RuleFor(command => command.Item).NotEmpty().WithMessage("Choose the checklist item.")
            .IsEnumName(typeof(OnboardingItem), caseSensitive: false)
            .WithMessage($"The item is one of {string.Join(", ", Enum.GetNames<OnboardingItem>())}.");
}

internal sealed class TickOnboardingItemHandler(ProviderCrmDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<TickOnboardingItem>
{
    public async ValueTask<Unit> Handle(TickOnboardingItem command, CancellationToken cancellationToken)
    {
        var provider = await db.FindProviderAsync(ProviderId.From(command.ProviderId), cancellationToken);
        var documentIsTheProviders = command.DocumentId is not { } documentId || await db.Documents.AnyAsync(
            document => document.Id == DocumentId.From(documentId) && document.AccountKind == AccountKind.Provider && document.AccountId == command.ProviderId,
            cancellationToken);
        provider.TickOnboardingItem(
            Enum.Parse<OnboardingItem>(command.Item, ignoreCase: true), user.Name, clock.GetUtcNow(), command.DocumentId, documentIsTheProviders);
        return Unit.Value;
    }
}

internal static class TickOnboardingItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/providers/{id:guid}/onboarding", async (Guid id, TickOnboardingItemRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new TickOnboardingItem(id, request.Item, request.DocumentId), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(TickOnboardingItem))
            .RequireAccessTo<TickOnboardingItem>()
            .WithSummary("Tick an item of a provider's onboarding checklist")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
