using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Tests;

/// <summary>Formulas as the pharmacy writes them, for the tests (the naltrexone capsule of the demo catalog).</summary>
internal static class TestFormulas
{
    public const string NaltrexoneCode = "LDN-4.5-CAP";
    public const string Naltrexone = "Naltrexone hydrochloride USP";
    public const string NaltrexoneItem = "ING-001";
    public const string Cellulose = "Microcrystalline cellulose NF";
    public const string CelluloseItem = "ING-028";
    public const string CapsuleShell = "Hard gelatin capsule size 1";
    public const string CapsuleShellItem = "ING-042";
    public const decimal NaltrexonePerCapsule = 0.0045m;
    public const decimal CellulosePerCapsule = 0.2455m;

    public static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    public static FormulaDefinition NaltrexoneCapsule => new(
        NaltrexoneCode, "Naltrexone 4.5 mg capsule", DosageForm.Capsule, "oral", "capsule", PreparationType.NonSterile,
        StorageCondition.Room, WaterActivity.NonAqueous, Preserved: false,
        [
            new FormulaIngredient(1, NaltrexoneItem, Naltrexone, IngredientRole.Active, Quantity.Of(NaltrexonePerCapsule, "g")),
            new FormulaIngredient(2, CelluloseItem, Cellulose, IngredientRole.BaseQs, Quantity.Of(CellulosePerCapsule, "g")),
            new FormulaIngredient(3, CapsuleShellItem, CapsuleShell, IngredientRole.Container, Quantity.Of(1m, "each")),
        ],
        [
            new QualityCheck(1, "Appearance", "Capsules intact and uniformly filled"),
            new QualityCheck(2, "Weight variation", "Each of 10 capsules within 90-110% of 250 mg"),
            new QualityCheck(3, "Potency: naltrexone hydrochloride", "4.05-4.95 mg per capsule"),
        ],
        ["Weigh the ingredients.", "Blend by geometric dilution.", "Fill size 1 capsules."]);

    public static Formula Approved(FormulaDefinition definition, int version = 1)
    {
        var formula = Formula.Draft(definition, version, null, Now);
        formula.Approve("pharmacist-0", "Approving Pharmacist", Now);
        return formula;
    }
}
