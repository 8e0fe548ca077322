using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Features;
using Pharmacy.Modules.Compounding.Features.CreateFormula;
using Pharmacy.Modules.Compounding.Features.EditFormulaDraft;
using Pharmacy.Modules.Compounding.Features.GetFormula;
using Pharmacy.Modules.Inventory.Contracts;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Kernel;
using Pharmacy.Shared.Web.Problems;
using Pharmacy.Shared.Web.Security;
using Wolverine;

namespace Pharmacy.Modules.Compounding.Areas.Compounding.Pages.Formulas;

/// <summary>
/// The formula editor: writes version 1 of a new code, or rewrites a draft version. An approved version is never
/// edited here: its page starts a new version instead.
/// </summary>
[AuthorizeAct(typeof(CreateFormula))]
public sealed class EditModel(ISender sender, IMessageBus bus) : PageModel
{
    /// <summary>Blank lines offered below the written ones, so a line can be added without a script.</summary>
    public const int BlankIngredientLines = 3;
    public const int BlankQualityChecks = 2;

    [BindProperty]
    public FormulaEditInput Input { get; set; } = new();

    /// <summary>The draft being edited; none while a new formula is written.</summary>
    public FormulaDetails? Draft { get; private set; }

    public IReadOnlyList<CatalogIngredient> Items { get; private set; } = [];

    public bool IsNew => Draft is null;

    public async Task<IActionResult> OnGetAsync(string? code, int? version, CancellationToken cancellationToken)
    {
        if (code is not null)
        {
            if (!await LoadDraftAsync(code, version, cancellationToken))
            {
                return NotFound();
            }

            if (!Draft!.IsDraft)
            {
                TempData["Success"] = $"{Draft.Code} version {Draft.Version} is {Draft.Status.ToLowerInvariant()} and no longer changes; start a new version to change it.";
                return Redirect(CompoundingDisplay.FormulaLink(Draft.Code, Draft.Version));
            }

            Input = FormulaEditInput.From(Draft);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, int? version, CancellationToken cancellationToken)
    {
        if (code is not null && !await LoadDraftAsync(code, version, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            // Blank lines are left out; the form is shown again from the lines that were kept, so each error sits on its line.
            Input.Compact();
            ModelState.Clear();
            FormulaVersionWritten? written = null;
            var done = Draft is null
                ? await ModelState.TryAsync(async () => written = await sender.Send(new CreateFormula(Input.Code ?? "", Input.Formula.ToInput()), cancellationToken))
                : await ModelState.TryAsync(async () => await sender.Send(
                    new EditFormulaDraft(Draft.Code, Draft.Version, Input.Formula.ToInput(), Input.ChangeSummary), cancellationToken));
            if (done)
            {
                var (savedCode, savedVersion) = written is null ? (Draft!.Code, Draft.Version) : (written.Code, written.Version);
                TempData["Success"] = $"{savedCode} version {savedVersion} is saved as a draft; a pharmacist's signed approval makes it the version compounded.";
                return Redirect(CompoundingDisplay.FormulaLink(savedCode, savedVersion));
            }
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadDraftAsync(string code, int? version, CancellationToken cancellationToken)
    {
        try
        {
            Draft = await sender.Send(new GetFormula(code, version), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Items = await FormulaInputs.ReadCatalogAsync(bus, cancellationToken);
        Input.Formula.AddBlankLines(BlankIngredientLines, BlankQualityChecks);
    }

    public sealed class FormulaEditInput
    {
        public string? Code { get; set; }

        public string? ChangeSummary { get; set; }

        public FormulaForm Formula { get; set; } = new();

        public void Compact() => Formula.Compact();

        public static FormulaEditInput From(FormulaDetails draft) => new()
        {
            Code = draft.Code,
            ChangeSummary = draft.ChangeSummary,
            Formula = FormulaForm.From(draft),
        };
    }

    /// <summary>The form's fields, named as the command's so that each field error lands beside its field.</summary>
    public sealed class FormulaForm
    {
        public string? Name { get; set; }

        public string? Strength { get; set; }

        public string? ContainerClosure { get; set; }

        /// <summary>One item per line.</summary>
        public string? Equipment { get; set; }

        public DosageForm? DosageForm { get; set; }

        public string? Route { get; set; }

        public string? Unit { get; set; }

        public PreparationType? Preparation { get; set; }

        public SterilizationMethod? Sterilization { get; set; }

        public bool SterilityTested { get; set; }

        public bool NonSterileStartingComponent { get; set; }

        public StorageCondition? Storage { get; set; }

        public WaterActivity? WaterActivity { get; set; }

        public bool Preserved { get; set; }

        public int? StabilityDays { get; set; }

        public string? StabilitySource { get; set; }

        public List<IngredientRow> Ingredients { get; set; } = [];

        public List<QualityCheckRow> QualityChecks { get; set; } = [];

        /// <summary>One step per line.</summary>
        public string? Instructions { get; set; }

        public FormulaInput ToInput() => new(
            Name ?? "", Strength ?? "", DosageForm ?? Domain.Formulas.DosageForm.Capsule, Route ?? "", Unit ?? "",
            Preparation ?? PreparationType.NonSterile, Storage ?? StorageCondition.Room,
            [.. Ingredients.Select(row => new IngredientLineInput(
                row.ItemCode ?? "", row.Role ?? IngredientRole.Active, row.QuantityPerUnit ?? 0, row.PotencyFactor ?? 1m, row.SaltFactor ?? 1m))],
            [.. QualityChecks.Select(row => new QualityCheckInput(
                row.Name ?? "", row.Specification ?? "", row.Measure ?? QcMeasure.PassFail, row.Lowest, row.Highest))],
            Steps(),
            WaterActivity, Preserved, Sterilization, SterilityTested, NonSterileStartingComponent, StabilityDays,
            string.IsNullOrWhiteSpace(StabilitySource) ? null : StabilitySource,
            Lines(Equipment), ContainerClosure);

        public IReadOnlyList<string> Steps() => Lines(Instructions);

        private static IReadOnlyList<string> Lines(string? text) =>
            [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

        public void Compact()
        {
            Ingredients.RemoveAll(row => string.IsNullOrWhiteSpace(row.ItemCode) && row.QuantityPerUnit is null);
            QualityChecks.RemoveAll(row => string.IsNullOrWhiteSpace(row.Name) && string.IsNullOrWhiteSpace(row.Specification)
                && row.Lowest is null && row.Highest is null);
        }

        public void AddBlankLines(int ingredients, int checks)
        {
            Ingredients.AddRange(Enumerable.Range(0, ingredients).Select(_ => new IngredientRow()));
            QualityChecks.AddRange(Enumerable.Range(0, checks).Select(_ => new QualityCheckRow()));
        }

        public static FormulaForm From(FormulaDetails f) => new()
        {
            Name = f.Name,
            Strength = f.Strength,
            ContainerClosure = f.ContainerClosure,
            Equipment = string.Join('\n', f.Equipment),
            DosageForm = Enum.Parse<DosageForm>(f.DosageForm),
            Route = f.Route,
            Unit = f.Unit,
            Preparation = Enum.Parse<PreparationType>(f.Preparation),
            Sterilization = f.Sterilization is null ? null : Enum.Parse<SterilizationMethod>(f.Sterilization),
            SterilityTested = f.SterilityTested,
            NonSterileStartingComponent = f.NonSterileStartingComponent,
            Storage = Enum.Parse<StorageCondition>(f.Storage),
            WaterActivity = Enum.Parse<WaterActivity>(f.WaterActivity),
            Preserved = f.Preserved,
            StabilityDays = f.StabilityDays,
            StabilitySource = f.StabilitySource,
            Ingredients = [.. f.Ingredients.Select(i => new IngredientRow
            {
                ItemCode = i.ItemCode, Role = Enum.Parse<IngredientRole>(i.RoleName), QuantityPerUnit = i.QuantityPerUnit,
                PotencyFactor = i.PotencyFactor == 1m ? null : i.PotencyFactor, SaltFactor = i.SaltFactor == 1m ? null : i.SaltFactor,
            })],
            QualityChecks = [.. f.QualityChecks.Select(c => new QualityCheckRow
            {
                Name = c.Name, Specification = c.Specification, Measure = Enum.Parse<QcMeasure>(c.Measure), Lowest = c.Lowest, Highest = c.Highest,
            })],
            Instructions = string.Join('\n', f.Instructions),
        };
    }

    public sealed class IngredientRow
    {
        public string? ItemCode { get; set; }

        public IngredientRole? Role { get; set; }

        public decimal? QuantityPerUnit { get; set; }

        public decimal? PotencyFactor { get; set; }

        public decimal? SaltFactor { get; set; }
    }

    public sealed class QualityCheckRow
    {
        public string? Name { get; set; }

        public string? Specification { get; set; }

        public QcMeasure? Measure { get; set; }

        public decimal? Lowest { get; set; }

        public decimal? Highest { get; set; }
    }
}
