using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Compounding.Domain.BeyondUseDates;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Features.CalculateBeyondUseDate;

/// <summary>
/// The beyond-use date engine for other systems: the same calculation a batch gets when it is checked, from the
/// preparation's USP row, its storage, when it was compounded, its stability reference and its ingredients' expiries.
/// Fields that do not apply to the preparation may be left out; a field that contradicts it is refused.
/// </summary>
[Access(CompoundingAccess.Read)]
public sealed record CalculateBeyondUseDate(
    BudPreparation? Preparation = null,
    WaterActivity? WaterActivity = null,
    DosageForm? DosageForm = null,
    bool? Preserved = null,
    int? Category = null,
    BudSterilization? Sterilization = null,
    bool? SterilityTested = null,
    bool? NonSterileStartingComponent = null,
    StorageCondition? Storage = null,
    DateTimeOffset? CompoundedAt = null,
    int? StabilityDays = null,
    IReadOnlyList<string>? IngredientExpiries = null) : IQuery<BeyondUseDateAnswer>;

public enum BudPreparation
{
    NonSterile,
    Sterile,
}

public enum BudSterilization
{
    Aseptic,
    Terminal,
}

/// <summary>The date (UTC), which of the table, the stability reference or an ingredient's expiry set it, and how.</summary>
public sealed record BeyondUseDateAnswer(DateTime BeyondUseDate, string LimitedBy, string Explanation);

internal sealed class CalculateBeyondUseDateValidator : InputValidator<CalculateBeyondUseDate>
{
    public const int MaxStabilityDays = 3_650;
    public const int MaxIngredients = 100;
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public CalculateBeyondUseDateValidator()
    {
        RuleFor(q => q.Preparation).NotNull().WithMessage("Say whether the preparation is NonSterile or Sterile.");
        RuleFor(q => q.Storage).NotNull().WithMessage("Give the storage: Room, Refrigerator or Freezer.");
        RuleFor(q => q.CompoundedAt).NotNull().WithMessage("Give when the preparation was compounded (ISO 8601, UTC).")
            .InclusiveBetween(Earliest, Latest).WithMessage("The compounding time must fall between the years 2000 and 2200.");
        RuleFor(q => q.StabilityDays)
            .GreaterThan(0).WithMessage("A stability reference is a positive number of days.")
            .LessThanOrEqualTo(MaxStabilityDays).WithMessage($"A stability reference is at most {MaxStabilityDays:N0} days.");
        RuleFor(q => q.IngredientExpiries)
            .Must(list => list!.Count <= MaxIngredients).WithMessage($"List at most {MaxIngredients} ingredient expiries.")
            .When(q => q.IngredientExpiries is not null);
        RuleForEach(q => q.IngredientExpiries)
            .Must(text => IngredientExpiry.TryParse(text, out var at) && at >= Earliest && at < Latest)
            .WithMessage("Each ingredient expiry is a date (2027-03-31) or a date and time in UTC (2027-03-31T00:00:00Z), between 2000 and 2200.")
            .When(q => q.IngredientExpiries is { Count: <= MaxIngredients });

        When(q => q.Preparation == BudPreparation.NonSterile, () =>
        {
            RuleFor(q => q.WaterActivity).NotNull().WithMessage("A non-sterile preparation needs its water activity: Aqueous or NonAqueous.");
            RuleFor(q => q.DosageForm).NotNull().WithMessage("A non-sterile preparation needs its dosage form (OralLiquid, Capsule, Cream...).");
            RuleFor(q => q.Preserved).NotNull().WithMessage("Say whether the aqueous preparation is preserved.")
                .When(q => q.WaterActivity == Domain.Formulas.WaterActivity.Aqueous);
            RuleFor(q => q.Category).Null().WithMessage("A USP <797> category applies only to a sterile preparation.");
            RuleFor(q => q.Sterilization).Null().WithMessage("A sterilization method applies only to a sterile preparation.");
            RuleFor(q => q.SterilityTested).NotEqual(true).WithMessage("Sterility testing applies only to a sterile preparation.");
        });

        When(q => q.Preparation == BudPreparation.Sterile, () =>
        {
            RuleFor(q => q.Category).NotNull().WithMessage("A sterile preparation needs its USP <797> category: 1, 2 or 3.")
                .InclusiveBetween(1, 3).WithMessage("The USP <797> category is 1, 2 or 3.");
            RuleFor(q => q.Sterilization).NotNull().WithMessage("A Category 2 or 3 preparation needs its sterilization: Aseptic or Terminal.")
                .When(q => q.Category is 2 or 3);
            RuleFor(q => q.SterilityTested).NotNull().WithMessage("Say whether the Category 2 or 3 preparation is sterility tested.")
                .When(q => q.Category is 2 or 3);
            RuleFor(q => q.NonSterileStartingComponent).NotNull()
                .WithMessage("Say whether any starting component of the aseptic, untested Category 2 preparation is non-sterile.")
                .When(q => q is { Category: 2, Sterilization: BudSterilization.Aseptic, SterilityTested: false });
        });
    }
}

/// <summary>An ingredient expiry as other systems write it: a date alone is the start of that day, UTC.</summary>
internal static class IngredientExpiry
{
    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        at = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            at = BeyondUseDateCalculator.StartOf(day);
            return true;
        }

        return DateTimeOffset.TryParse(
            text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at)
            && text.Contains('T', StringComparison.Ordinal);
    }
}

internal sealed class CalculateBeyondUseDateHandler : IQueryHandler<CalculateBeyondUseDate, BeyondUseDateAnswer>
{
    public ValueTask<BeyondUseDateAnswer> Handle(CalculateBeyondUseDate query, CancellationToken cancellationToken)
    {
        var expiries = (query.IngredientExpiries ?? []).Select(text => IngredientExpiry.TryParse(text, out var at) ? at : default).ToList();
        var bud = BeyondUseDateCalculator.Calculate(InputsOf(query), query.CompoundedAt!.Value.ToUniversalTime(), expiries);
        return ValueTask.FromResult(new BeyondUseDateAnswer(bud.Date.UtcDateTime, LimitedBy(bud.LimitedBy), bud.Explanation));
    }

    private static BudInputs InputsOf(CalculateBeyondUseDate query)
    {
        var stability = query.StabilityDays is { } days ? new StabilityReference(days, "") : null;
        if (query.Preparation == BudPreparation.NonSterile)
        {
            return new BudInputs(
                PreparationType.NonSterile, query.Storage!.Value, query.WaterActivity!.Value, query.Preserved ?? false,
                DosageForms.IsOralLiquid(query.DosageForm!.Value), Stability: stability);
        }

        var category = query.Category switch
        {
            1 => PreparationType.SterileCategory1,
            2 => PreparationType.SterileCategory2,
            _ => PreparationType.SterileCategory3,
        };
        var sterilization = query.Sterilization == BudSterilization.Terminal ? SterilizationMethod.TerminallySterilized : SterilizationMethod.Aseptic;
        return new BudInputs(
            category, query.Storage!.Value, Sterilization: sterilization, SterilityTested: query.SterilityTested ?? false,
            NonSterileStartingComponent: query.NonSterileStartingComponent ?? false, Stability: stability);
    }

    private static string LimitedBy(BudLimitedBy by) => by switch
    {
        BudLimitedBy.UspLimit => "Table",
        BudLimitedBy.Stability => "Stability",
        _ => "IngredientExpiry",
    };
}

internal static class CalculateBeyondUseDateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/beyond-use-date", (CalculateBeyondUseDate request, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(request, cancellationToken))
            .WithName(nameof(CalculateBeyondUseDate))
            .RequireAccessTo<CalculateBeyondUseDate>()
            .WithSummary("Calculate a beyond-use date under USP <795> / <797> (2023): the table limit or the stability reference, "
                         + "then no later than the earliest ingredient expiry; 422 with the reason when the storage or an expired ingredient allows none")
            .Produces<BeyondUseDateAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
