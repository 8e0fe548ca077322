using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Billing.Features.ChangePrice;

/// <summary>Changes a formula's list price per unit, with the reason; charges already made keep their price.</summary>
[Access(BillingAccess.Prices)]
public sealed record ChangePrice(string FormulaCode, decimal PricePerUnit, string Reason) : ICommand;

public sealed record ChangePriceRequest(decimal PricePerUnit, string Reason);

internal sealed class ChangePriceValidator : InputValidator<ChangePrice>
{
    /// <summary>Prices per unit may go below a cent (a mL of a suspension), but not below a hundredth of one.</summary>
    private const int PriceDecimals = 4;

    public ChangePriceValidator()
    {
        RuleFor(command => command.FormulaCode).NotEmpty().WithMessage("Choose the formula.");
        RuleFor(command => command.PricePerUnit).GreaterThan(0).WithMessage("Enter a price more than $0.00.")
            .LessThanOrEqualTo(PriceLimits.MaxPricePerUnit).WithMessage($"A price per unit is at most {Money.Dollars(PriceLimits.MaxPricePerUnit)}.")
            .PrecisionScale(12, PriceDecimals, ignoreTrailingZeros: true).WithMessage($"Enter the price with at most {PriceDecimals} decimals.");
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason for the price change.").MaximumLength(500);
    }
}

internal sealed class ChangePriceHandler(BillingDbContext db, TimeProvider clock) : ICommandHandler<ChangePrice>
{
    public async ValueTask<Mediator.Unit> Handle(ChangePrice command, CancellationToken cancellationToken)
    {
        var price = await db.FindPriceAsync(command.FormulaCode, cancellationToken);
        price.ChangePrice(new Money(command.PricePerUnit, price.PricePerUnit.Currency), command.Reason, clock.GetUtcNow());
        return Mediator.Unit.Value;
    }
}

internal static class ChangePriceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/prices/{formulaCode}", async (string formulaCode, ChangePriceRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ChangePrice(formulaCode, request.PricePerUnit, request.Reason), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(ChangePrice))
            .RequireAccessTo<ChangePrice>()
            .WithSummary("Change a formula's price per unit, with the reason (audited)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
