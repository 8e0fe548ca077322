using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.BeyondUseDates;

/// <summary>
/// What a beyond-use date depends on: the preparation's USP row (non-sterile by water activity, preservation and
/// form; sterile by category, sterilization method, sterility testing and starting components), its storage, and
/// the stability reference when the formula has one.
/// </summary>
public sealed record BudInputs(
    PreparationType Preparation,
    StorageCondition Storage,
    WaterActivity WaterActivity = WaterActivity.NonAqueous,
    bool Preserved = false,
    bool OralLiquid = false,
    SterilizationMethod? Sterilization = null,
    bool SterilityTested = false,
    bool NonSterileStartingComponent = false,
    StabilityReference? Stability = null)
{
    public bool IsSterile => Preparation != PreparationType.NonSterile;
}

/// <summary>The assigned beyond-use date, what set it, the storage it holds for, and how it was reached in words.</summary>
public sealed record BeyondUseDate(DateTimeOffset Date, BudLimitedBy LimitedBy, StorageCondition Storage, string Explanation = "");
