using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

/// <summary>Ending moves the last day earlier; running longer is a new agreement, so that the overlap check sees it.</summary>
public sealed class PricingAgreementCanOnlyBeShortenedRule(DateOnly? currentLastDay, DateOnly lastDay) : IBusinessRule
{
    public bool IsBroken() => currentLastDay is { } current && lastDay >= current;

    public string Message => $"The agreement already ends on {currentLastDay:yyyy-MM-dd}; to run longer, agree new terms from the day after.";
}
