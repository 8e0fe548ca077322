using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Billing.Domain.Formulas;
using Pharmacy.Modules.Billing.Domain.Prices;
using Pharmacy.Modules.Billing.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Billing.Features.AddFormulaPrice;

/// <summary>
/// Puts a formula of the catalog on the price list, so that its charges can be priced. Its name and unit are the
/// catalog's (Compounding's approved version), never typed again.
/// </summary>
[Access(BillingAccess.Prices)]
public sealed record AddFormulaPrice(string FormulaCode, decimal PricePerUnit) : ICommand;

internal sealed class AddFormulaPriceValidator : InputValidator<AddFormulaPrice>
{
    private const int PriceDecimals = 4;

    public AddFormulaPriceValidator()
    {
        RuleFor(command => command.FormulaCode).NotEmpty().WithMessage("Enter the formula code.").MaximumLength(40);
        RuleFor(command => command.PricePerUnit).GreaterThan(0).WithMessage("Enter a price more than $0.00.")
            .LessThanOrEqualTo(PriceLimits.MaxPricePerUnit).WithMessage($"A price per unit is at most {Money.Dollars(PriceLimits.MaxPricePerUnit)}.")
            .PrecisionScale(12, PriceDecimals, ignoreTrailingZeros: true).WithMessage($"Enter the price with at most {PriceDecimals} decimals.");
    }
}

internal sealed class AddFormulaPriceHandler(BillingDbContext db, TimeProvider clock) : ICommandHandler<AddFormulaPrice>
{
    public async ValueTask<Mediator.Unit> Handle(AddFormulaPrice command, CancellationToken cancellationToken)
    {
        var code = command.FormulaCode.Trim().ToUpperInvariant();
        var formula = await db.Formulas.AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        var alreadyListed = await db.FormulaPrices.AnyAsync(price => price.FormulaCode == code, cancellationToken);
        db.FormulaPrices.Add(FormulaPrice.ListFromCatalog(code, formula, Money.Dollars(command.PricePerUnit), alreadyListed, clock.GetUtcNow()));
        return Mediator.Unit.Value;
    }
}

internal static class AddFormulaPriceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/prices", async (AddFormulaPrice command, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(command, cancellationToken);
                return Results.Created($"/api/billing/prices/{command.FormulaCode}", null);
            })
            .WithName(nameof(AddFormulaPrice))
            .RequireAccessTo<AddFormulaPrice>()
            .WithSummary("Put a new formula on the price list")
            .Produces(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
