using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Pricing;

/// <summary>On any day, one agreement at most prices a formula for an account, so a charge's price is never a guess.</summary>
public sealed class PricingAgreementsMustNotOverlapRule(string formulaCode, IReadOnlyList<PricingAgreement> overlapping) : IBusinessRule
{
    public bool IsBroken() => overlapping.Count > 0;

    public string Message => overlapping.Count == 0 ? "" :
        $"An agreement for {formulaCode} already covers {Describe(overlapping[0])}; end it first, or start the new one after it.";

    private static string Describe(PricingAgreement agreement) =>
        agreement.EffectiveTo is { } to ? $"{agreement.EffectiveFrom:yyyy-MM-dd} to {to:yyyy-MM-dd}" : $"from {agreement.EffectiveFrom:yyyy-MM-dd} on";
}
