using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.EndPricingAgreement;

/// <summary>Ends a pricing agreement on a given last day, with the reason; charges after it are priced without it.</summary>
[Access(CrmAccess.Pricing)]
public sealed record EndPricingAgreement(Guid AgreementId, DateOnly LastDay, string Reason) : ICommand;

public sealed record EndPricingAgreementRequest(DateOnly LastDay, string Reason);

internal sealed class EndPricingAgreementValidator : InputValidator<EndPricingAgreement>
{
    public EndPricingAgreementValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(command => command.LastDay).NotEqual(default(DateOnly)).WithMessage("Enter the agreement's last day.")
            .InclusiveBetween(today.AddYears(-10), today.AddYears(20)).WithMessage("Enter a last day within twenty years.");
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason for ending the agreement.").MaximumLength(500);
    }
}

internal sealed class EndPricingAgreementHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<EndPricingAgreement>
{
    public async ValueTask<Unit> Handle(EndPricingAgreement command, CancellationToken cancellationToken)
    {
        var agreement = await db.FindPricingAgreementAsync(PricingAgreementId.From(command.AgreementId), cancellationToken);
        agreement.End(command.LastDay, command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class EndPricingAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/pricing-agreements/{id:guid}/end", async (Guid id, EndPricingAgreementRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new EndPricingAgreement(id, request.LastDay, request.Reason ?? ""), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(EndPricingAgreement))
            .RequireAccessTo<EndPricingAgreement>()
            .WithSummary("End a pricing agreement on its new last day")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
