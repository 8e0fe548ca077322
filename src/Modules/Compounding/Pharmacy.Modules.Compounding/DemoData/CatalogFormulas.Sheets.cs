using System.Globalization;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.DemoData;

/// <summary>How the catalog's formulas are written down, and the quality checks each kind of preparation gets.</summary>
internal static partial class CatalogFormulas
{
    /// <summary>A property, not a field: the formulas are fields of another part of this class, initialised in an order C# does not fix.</summary>
    public static IReadOnlyList<FormulaDefinition> All =>
    [
        Ldn45Cap, Prog100SrCap, Omep2mgmlSusp, Metro50mgmlSusp, Spiro5mgmlSusp, Vanco50mgmlSol, MagicMw, Keto10Plo, KgbPainCrm, Biest25Crm,
        Testo2Crm, KligmanCrm, Lt237Oint, MinoxFinSol, Ondan4Tro, Mecob1mgmlInj, Gluta200Inj, TrimixInj, Atrop001Oph, Mecob1mgmlInjC3,
    ];

    public const string ProgesteroneVersion2Change =
        "Hypromellose raised from 60 mg to 70 mg per capsule for a slower release; microcrystalline cellulose lowered from 90 mg " +
        "to 80 mg to keep the 250 mg fill; the in-house stability study of this blend is added as its stability reference.";

    /// <summary>A draft waiting for a pharmacist's approval, to show change control.</summary>
    public static FormulaDefinition ProgesteroneVersion2 => Prog100SrCap with
    {
        Ingredients =
        [
            new FormulaIngredient(1, "ING-002", "Progesterone USP micronized", IngredientRole.Active, Quantity.Of(0.1m, "g")),
            new FormulaIngredient(2, "ING-029", "Hypromellose (4000 cP) NF", IngredientRole.Excipient, Quantity.Of(0.07m, "g")),
            new FormulaIngredient(3, "ING-028", "Microcrystalline cellulose NF", IngredientRole.BaseQs, Quantity.Of(0.08m, "g")),
            new FormulaIngredient(4, "ING-042", "Hard gelatin capsule size 1", IngredientRole.Container, Quantity.Of(1m, "each")),
        ],
        Stability = new StabilityReference(120, "In-house stability study SS-2026-014: stability-indicating HPLC, 25 C / 60% RH"),
    };

    private static IngredientLine Line(string itemCode, string name, IngredientRole role, decimal quantityPerUnit, string unit) =>
        new(itemCode, name, role, quantityPerUnit, unit);

    private static FormulaDefinition NonSterile(
        string code, string name, DosageForm form, string route, string unit, StorageCondition storage, WaterActivity waterActivity,
        bool preserved, string? ph, IngredientLine[] lines, string[] steps, string? schedule = null)
    {
        var ingredients = Number(lines);
        return new FormulaDefinition(
            code, name, form, route, unit, PreparationType.NonSterile, storage, waterActivity, preserved, ingredients,
            Checks(form, unit, ingredients, ph, appearance: null, sterility: false, endotoxin: false), steps, ControlledSchedule: schedule,
            Strength: StrengthOf(ingredients, unit), Equipment: EquipmentFor(form, sterile: false), ContainerClosure: ContainerFor(form, route));
    }

    private static FormulaDefinition Sterile(
        string code, string name, DosageForm form, string route, string unit, StorageCondition storage, PreparationType category,
        SterilizationMethod method, bool sterilityTested, bool nonSterileStartingComponent, string ph, string appearance, IngredientLine[] lines, string[] steps)
    {
        var ingredients = Number(lines);
        var checks = Checks(form, unit, ingredients, ph, appearance, sterility: sterilityTested, endotoxin: category == PreparationType.SterileCategory3);
        return new FormulaDefinition(
            code, name, form, route, unit, category, storage, WaterActivity.Aqueous, Preserved: false, ingredients, checks, steps,
            method, sterilityTested, nonSterileStartingComponent,
            Strength: StrengthOf(ingredients, unit), Equipment: EquipmentFor(form, sterile: true), ContainerClosure: ContainerFor(form, route));
    }

    private static FormulaIngredient[] Number(IngredientLine[] lines) =>
        [.. lines.Select((line, i) => new FormulaIngredient(i + 1, line.ItemCode, line.Name, line.Role, Quantity.Of(line.QuantityPerUnit, line.Unit)))];

    private static QualityCheck[] Checks(
        DosageForm form, string unit, IReadOnlyList<FormulaIngredient> ingredients, string? ph, string? appearance, bool sterility, bool endotoxin)
    {
        var checks = new List<QualityCheck> { Check("Appearance", appearance ?? Appearance(form)) };
        if (form is DosageForm.Capsule or DosageForm.Troche)
        {
            var fill = ingredients.Where(i => i.Unit.Dimension == Dimension.Mass)
                .Aggregate(Quantity.Zero(UnitOfMeasure.Milligram), (sum, i) => sum + i.PerUnit).Amount;
            checks.Add(Check("Weight variation", $"Each of 10 {unit}s within 90-110% of the theoretical weight of {Number(fill)} mg"));
        }

        if (ph is not null)
        {
            var limits = ph.Split('-').Select(value => decimal.Parse(value, CultureInfo.InvariantCulture)).ToArray();
            checks.Add(Check("pH", $"pH {ph}", QcMeasure.Ph, limits[0], limits[1]));
        }

        checks.AddRange(ingredients.Where(i => i.Role == IngredientRole.Active).Select(i => Potency(i, unit)));
        if (sterility)
        {
            checks.Add(Check("Sterility (USP <71>)", "No growth after 14 days of incubation"));
        }

        if (endotoxin)
        {
            checks.Add(Check("Bacterial endotoxins (USP <85>)", "NMT 350 EU/mL (K/M: 5 EU/kg, 70 kg, 1 mL maximum dose)"));
        }

        return [.. checks.Select((check, i) => new QualityCheck(i + 1, check.Name, check.Specification, check.Measure, check.Lowest, check.Highest))];
    }

    private static QualityCheck Check(string name, string specification, QcMeasure measure = QcMeasure.PassFail, decimal? lowest = null, decimal? highest = null) =>
        new(0, name, specification, measure, lowest, highest);

    /// <summary>The label strength: each active's amount per unit, in the unit a label would use.</summary>
    private static string StrengthOf(IReadOnlyList<FormulaIngredient> ingredients, string unit) =>
        string.Join(" / ", ingredients.Where(i => i.Role == IngredientRole.Active).Select(i => LabelQuantity(i.PerUnit).ToString())) + $" per {unit}";

    private static string[] EquipmentFor(DosageForm form, bool sterile) => sterile
        ? ["ISO Class 5 primary engineering control (laminar airflow workbench) in an ISO Class 7 buffer room", "Calibrated analytical balance",
            "Sterile syringes and needles", "0.22 micron sterilizing filter with filter integrity (bubble point) test"]
        : form switch
        {
            DosageForm.Capsule => ["Class A prescription balance (BAL-02)", "Mortar and pestle", "Capsule filling machine"],
            DosageForm.Troche => ["Class A prescription balance (BAL-02)", "Hot plate with magnetic stirrer", "Troche mould"],
            DosageForm.Cream or DosageForm.Gel or DosageForm.Ointment or DosageForm.Lotion =>
                ["Class A prescription balance (BAL-02)", "Ointment slab and spatulas", "Ointment mill", "Electronic mortar and pestle (unguator)"],
            _ => ["Class A prescription balance (BAL-02)", "Graduated cylinders", "Mortar and pestle", "Magnetic stirrer", "Calibrated pH meter"],
        };

    private static string ContainerFor(DosageForm form, string route) => form switch
    {
        DosageForm.Capsule or DosageForm.Troche or DosageForm.Tablet => "Amber plastic prescription vial with a child-resistant cap",
        DosageForm.Cream or DosageForm.Gel or DosageForm.Lotion => "Airless pump dispenser, opaque",
        DosageForm.Ointment => "Ointment jar, opaque, with a screw cap",
        DosageForm.Injection => "Sterile glass vial with a rubber stopper and aluminium seal",
        _ when route.Contains("ophthalmic", StringComparison.OrdinalIgnoreCase) => "Sterile dropper bottle, tamper-evident",
        _ => "Amber glass bottle with a child-resistant cap and an oral syringe adaptor",
    };

    private static string Appearance(DosageForm form) => form switch
    {
        DosageForm.Capsule => "Capsules intact and uniformly filled, no powder on the outside",
        DosageForm.Suspension or DosageForm.OralSuspension => "Uniform suspension that resuspends readily on shaking; no caking or foreign particles",
        DosageForm.Solution or DosageForm.OralSolution or DosageForm.OralLiquid => "Clear solution, free of undissolved particles",
        DosageForm.Gel => "Smooth, homogeneous gel; no grittiness or phase separation",
        DosageForm.Cream => "Smooth, homogeneous cream; no grittiness, discoloration or phase separation",
        DosageForm.Ointment => "Smooth, homogeneous ointment; no grittiness",
        DosageForm.Troche => "Troches uniform in shape and colour, intact, without surface defects",
        _ => "Uniform in appearance, free of foreign particles",
    };

    /// <summary>
    /// 90-110% of the label amount per dispensing unit, in the unit a label would use (g, mg or mcg), measured in mg per
    /// unit (4.05-4.95 mg per capsule for 4.5 mg); an active that is not weighed is measured as a percentage of label.
    /// </summary>
    private static QualityCheck Potency(FormulaIngredient active, string unit)
    {
        var label = LabelQuantity(active.PerUnit);
        var (amount, symbol) = (label.Amount, label.Unit.Symbol);
        var specification = $"{Number(amount * 0.9m)}-{Number(amount * 1.1m)} {symbol} per {unit} (90-110% of the {Number(amount)} {symbol} label)";
        var name = $"Potency: {Plain(active.Name)}";
        if (active.PerUnit.Unit.Dimension != Dimension.Mass)
        {
            return Check(name, specification, QcMeasure.PercentOfLabel, 90m, 110m);
        }

        var milligrams = active.PerUnit.In(UnitOfMeasure.Milligram).Amount;
        return Check(name, specification, QcMeasure.MgPerUnit, milligrams * 0.9m, milligrams * 1.1m);
    }

    /// <summary>A mass in the largest of g, mg and mcg that keeps it at 1 or more: 0.0045 g reads 4.5 mg.</summary>
    private static Quantity LabelQuantity(Quantity perUnit) =>
        perUnit.Unit.Dimension != Dimension.Mass ? perUnit
        : perUnit >= new Quantity(1m, UnitOfMeasure.Gram) ? perUnit.In(UnitOfMeasure.Gram)
        : perUnit >= new Quantity(1m, UnitOfMeasure.Milligram) ? perUnit.In(UnitOfMeasure.Milligram)
        : perUnit.In(UnitOfMeasure.Microgram);

    private static string Plain(string name) => name.Replace(" USP micronized", "").Replace(" USP", "").Replace(" NF", "");

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private sealed record IngredientLine(string ItemCode, string Name, IngredientRole Role, decimal QuantityPerUnit, string Unit);
}
