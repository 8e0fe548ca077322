using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>A refrigerated or frozen preparation travels only in cold-chain packing (ice packs, insulated box).</summary>
public sealed class ColdFillMustBeShippedInColdChainPackingRule(int fillNumber, bool needsColdChain, bool coldChainPacked) : IBusinessRule
{
    public bool IsBroken() => needsColdChain && !coldChainPacked;

    public string Message =>
        $"Fill {fillNumber} is kept cold, so it is shipped only in cold-chain packing. Pack it with ice packs in an insulated " +
        "box and confirm the cold-chain packing to ship it.";
}
