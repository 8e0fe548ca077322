using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Pricing;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.ProviderCrm.Features.AddPricingAgreement;

/// <summary>
/// Agrees what a provider or organisation pays for a formula between two days: a price per unit, or a percentage off the
/// list price. Billing learns it by event and prices each charge with the agreement in force on the day of dispensing.
/// </summary>
[Access(CrmAccess.Pricing)]
public sealed record AddPricingAgreement(
    string AccountKind, Guid AccountId, string FormulaCode, string Terms, decimal? PricePerUnit, decimal? DiscountPercent,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo = null, string? Note = null) : ICommand<PricingAgreementAddedResponse>;

public sealed record PricingAgreementAddedResponse(Guid Id);

internal sealed class AddPricingAgreementValidator : InputValidator<AddPricingAgreement>
{
    /// <summary>Agreements are signed for a year or three; further out is a typing error.</summary>
    private const int MaxYearsAway = 10;

    public AddPricingAgreementValidator(TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RuleFor(command => command.AccountKind).NotEmpty().WithMessage("Choose whether the agreement is with a provider or an organisation.")
            .IsEnumName(typeof(AccountKind), caseSensitive: false).WithMessage("The account is a Provider or an Organisation.");
        RuleFor(command => command.AccountId).NotEmpty().WithMessage("Choose the provider or organisation.");
        RuleFor(command => command.FormulaCode).NotEmpty().WithMessage("Enter the formula code, as on the price list.")
            .MaximumLength(PricingLimits.FormulaCodeLength)
            .Matches("^[A-Za-z0-9][A-Za-z0-9.\\-]*$").WithMessage("A formula code is letters, digits, dots and dashes (LDN-4.5-CAP).");
        RuleFor(command => command.Terms).NotEmpty().WithMessage("Choose an agreed price or a discount.")
            .IsEnumName(typeof(PricingTerms), caseSensitive: false).WithMessage("The terms are PricePerUnit or PercentDiscount.");
        When(command => string.Equals(command.Terms, nameof(PricingTerms.PricePerUnit), StringComparison.OrdinalIgnoreCase), () =>
            RuleFor(command => command.PricePerUnit).NotNull().WithMessage("Enter the agreed price per unit.")
                .GreaterThan(0).WithMessage("An agreed price is above $0.00.")
                .LessThanOrEqualTo(PricingLimits.MaxPricePerUnit).WithMessage($"A price per unit is at most {Money.Dollars(PricingLimits.MaxPricePerUnit)}.")
                .PrecisionScale(12, 4, ignoreTrailingZeros: true).WithMessage("A price per unit has at most four decimals."));
        When(command => string.Equals(command.Terms, nameof(PricingTerms.PercentDiscount), StringComparison.OrdinalIgnoreCase), () =>
            RuleFor(command => command.DiscountPercent).NotNull().WithMessage("Enter the discount in percent.")
                .GreaterThan(0).WithMessage("A discount is more than 0%.")
                .LessThanOrEqualTo(PricingLimits.MaxDiscountPercent).WithMessage($"A discount is at most {PricingLimits.MaxDiscountPercent}%.")
                .PrecisionScale(5, 2, ignoreTrailingZeros: true).WithMessage("A discount has at most two decimals."));
        RuleFor(command => command.PricePerUnit).InclusiveBetween(0, PricingLimits.MaxPricePerUnit)
            .WithMessage($"A price per unit is at most {Money.Dollars(PricingLimits.MaxPricePerUnit)}.");
        RuleFor(command => command.DiscountPercent).InclusiveBetween(0, PricingLimits.MaxDiscountPercent)
            .WithMessage($"A discount is at most {PricingLimits.MaxDiscountPercent}%.");
        RuleFor(command => command.EffectiveFrom).NotEqual(default(DateOnly)).WithMessage("Enter the first day of the agreement.")
            .InclusiveBetween(today.AddYears(-MaxYearsAway), today.AddYears(MaxYearsAway)).WithMessage($"Enter a first day within {MaxYearsAway} years of today.");
        RuleFor(command => command.EffectiveTo)
            .InclusiveBetween(today.AddYears(-MaxYearsAway), today.AddYears(2 * MaxYearsAway)).WithMessage("Enter a last day within twenty years.");
        RuleFor(command => command.Note).MaximumLength(500);
    }
}

internal sealed class AddPricingAgreementHandler(ProviderCrmDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddPricingAgreement, PricingAgreementAddedResponse>
{
    public async ValueTask<PricingAgreementAddedResponse> Handle(AddPricingAgreement command, CancellationToken cancellationToken)
    {
        var kind = Enum.Parse<AccountKind>(command.AccountKind, ignoreCase: true);
        var code = command.FormulaCode.Trim().ToUpperInvariant();
        var exists = kind == AccountKind.Provider
            ? await db.Providers.AnyAsync(provider => provider.Id == ProviderId.From(command.AccountId), cancellationToken)
            : await db.Organisations.AnyAsync(organisation => organisation.Id == OrganisationId.From(command.AccountId), cancellationToken);
        var others = await db.PricingAgreements.AsNoTracking()
            .Where(agreement => agreement.AccountKind == kind && agreement.AccountId == command.AccountId && agreement.FormulaCode == code)
            .ToListAsync(cancellationToken);
        var agreement = PricingAgreement.Agree(
            kind, command.AccountId, exists, code, Enum.Parse<PricingTerms>(command.Terms, ignoreCase: true),
            command.PricePerUnit is { } price ? Money.Dollars(price) : null, command.DiscountPercent,
            command.EffectiveFrom, command.EffectiveTo, command.Note, others, user.Name, clock.GetUtcNow());
        db.PricingAgreements.Add(agreement);
        return new PricingAgreementAddedResponse(agreement.Id.Value);
    }
}

internal static class AddPricingAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/pricing-agreements", async (AddPricingAgreement command, ISender sender, CancellationToken cancellationToken) =>
            {
                var added = await sender.Send(command, cancellationToken);
                return Results.Created($"/api/crm/pricing-agreements/{added.Id}", added);
            })
            .WithName(nameof(AddPricingAgreement))
            .RequireAccessTo<AddPricingAgreement>()
            .WithSummary("Agree a price or discount for a formula with a provider or organisation, between two days")
            .Produces<PricingAgreementAddedResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
