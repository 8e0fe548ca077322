using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Domain.Formulas;

/// <summary>Everything a master formulation record says, as written by the pharmacist for one version.</summary>
public sealed record FormulaDefinition(
    string Code,
    string Name,
    DosageForm DosageForm,
    string Route,
    string Unit,
    PreparationType Preparation,
    StorageCondition Storage,
    WaterActivity WaterActivity,
    bool Preserved,
    IReadOnlyList<FormulaIngredient> Ingredients,
    IReadOnlyList<QualityCheck> QualityChecks,
    IReadOnlyList<string> Instructions,
    SterilizationMethod? Sterilization = null,
    bool SterilityTested = false,
    bool NonSterileStartingComponent = false,
    StabilityReference? Stability = null,
    string? ControlledSchedule = null,
    string Strength = "",
    IReadOnlyList<string>? Equipment = null,
    string ContainerClosure = "");
