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

namespace Pharmacy.Modules.ProviderCrm.Features.WithdrawPricingAgreement;

/// <summary>Withdraws a pricing agreement made in error, with the reason: no charge is priced with it from now on.</summary>
[Access(CrmAccess.Pricing)]
public sealed record WithdrawPricingAgreement(Guid AgreementId, string Reason) : ICommand;

public sealed record WithdrawPricingAgreementRequest(string Reason);

internal sealed class WithdrawPricingAgreementValidator : InputValidator<WithdrawPricingAgreement>
{
    public WithdrawPricingAgreementValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason for withdrawing the agreement.").MaximumLength(500);
}

internal sealed class WithdrawPricingAgreementHandler(ProviderCrmDbContext db, TimeProvider clock) : ICommandHandler<WithdrawPricingAgreement>
{
    public async ValueTask<Unit> Handle(WithdrawPricingAgreement command, CancellationToken cancellationToken)
    {
        var agreement = await db.FindPricingAgreementAsync(PricingAgreementId.From(command.AgreementId), cancellationToken);
        agreement.Withdraw(command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class WithdrawPricingAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/pricing-agreements/{id:guid}/withdraw", async (Guid id, WithdrawPricingAgreementRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new WithdrawPricingAgreement(id, request.Reason ?? ""), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(WithdrawPricingAgreement))
            .RequireAccessTo<WithdrawPricingAgreement>()
            .WithSummary("Withdraw a pricing agreement made in error")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
