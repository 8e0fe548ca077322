using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Features.GetFormula;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Features.CompareFormulaVersions;

/// <summary>Two versions of one formula side by side, field by field, each difference marked: what a change control review reads.</summary>
public sealed record CompareFormulaVersions(string Code, int From, int To) : IQuery<FormulaComparison>;

public sealed record FormulaComparison(string Code, string Name, FormulaVersionLine From, FormulaVersionLine To, IReadOnlyList<ComparedField> Fields)
{
    public int Differences => Fields.Count(compared => compared.Changed);
}

/// <summary>One field (or ingredient line, check, step) as each version says it; "—" where a version has none.</summary>
public sealed record ComparedField(string Section, string Field, string From, string To)
{
    public bool Changed => From != To;
}

internal sealed class CompareFormulaVersionsValidator : InputValidator<CompareFormulaVersions>
{
    public CompareFormulaVersionsValidator()
    {
        RuleFor(query => query.Code).NotEmpty().WithMessage("Choose the formula.").MaximumLength(40);
        RuleFor(query => query.From).InclusiveBetween(1, 10_000).WithMessage("Choose the version to compare from.");
        RuleFor(query => query.To).InclusiveBetween(1, 10_000).WithMessage("Choose the version to compare with.");
    }
}

internal sealed class CompareFormulaVersionsHandler(ISender sender) : IQueryHandler<CompareFormulaVersions, FormulaComparison>
{
    private const string None = "—";

    public async ValueTask<FormulaComparison> Handle(CompareFormulaVersions query, CancellationToken cancellationToken)
    {
        var from = await sender.Send(new GetFormula.GetFormula(query.Code, query.From), cancellationToken);
        var to = await sender.Send(new GetFormula.GetFormula(query.Code, query.To), cancellationToken);
        var fields = new List<ComparedField>();
        fields.AddRange(Record(from).Zip(Record(to), (a, b) => new ComparedField("Record", a.Field, a.Value, b.Value)));
        fields.AddRange(Keyed("Ingredients", from.Ingredients, to.Ingredients, i => $"{i.ItemCode} {i.Name}",
            i => $"{Quantity.Of(i.QuantityPerUnit, i.Unit)} per {from.Unit}, {i.Role}{Factors(i)}"));
        fields.AddRange(Keyed("Quality checks", from.QualityChecks, to.QualityChecks, c => c.Name, c => $"{c.Specification} ({c.Limits})"));
        var steps = Math.Max(from.Instructions.Count, to.Instructions.Count);
        fields.AddRange(Enumerable.Range(0, steps).Select(i => new ComparedField(
            "Instructions", $"Step {i + 1}", from.Instructions.ElementAtOrDefault(i) ?? None, to.Instructions.ElementAtOrDefault(i) ?? None)));
        return new FormulaComparison(from.Code, to.Name, VersionLine(from), VersionLine(to), fields);
    }

    private static string Or(string text) => string.IsNullOrWhiteSpace(text) ? None : text;

    private static string Factors(FormulaIngredientLine line) =>
        (line.SaltFactor, line.PotencyFactor) == (1m, 1m) ? ""
        : string.Create(CultureInfo.InvariantCulture, $", salt-to-base {line.SaltFactor:0.####}, potency {line.PotencyFactor:0.####}");

    private static FormulaVersionLine VersionLine(FormulaDetails f) => f.Versions.Single(v => v.Version == f.Version);

    private static IEnumerable<(string Field, string Value)> Record(FormulaDetails f) =>
    [
        ("Name", f.Name),
        ("Strength", Or(f.Strength)),
        ("Dosage form", EnumText.Of<DosageForm>(f.DosageForm)),
        ("Route", f.Route),
        ("Unit", f.Unit),
        ("Preparation", EnumText.Of<PreparationType>(f.Preparation)),
        ("Sterilization", f.Sterilization is null ? None : EnumText.Of<SterilizationMethod>(f.Sterilization)),
        ("Sterility tested", YesNo(f.SterilityTested)),
        ("Non-sterile starting component", YesNo(f.NonSterileStartingComponent)),
        ("Water activity", EnumText.Of<WaterActivity>(f.WaterActivity)),
        ("Preserved", YesNo(f.Preserved)),
        ("Storage", EnumText.Of<StorageCondition>(f.Storage)),
        ("Container and closure", Or(f.ContainerClosure)),
        ("Equipment", f.Equipment.Count == 0 ? None : string.Join("; ", f.Equipment)),
        ("Stability reference", f.StabilityDays is { } days ? $"{days.ToString(CultureInfo.InvariantCulture)} days: {f.StabilitySource}" : None),
        ("USP limit", f.UspLimit),
        ("Controlled schedule", f.ControlledSchedule ?? None),
        ("Change summary", f.ChangeSummary ?? None),
    ];

    private static IEnumerable<ComparedField> Keyed<T>(
        string section, IReadOnlyList<T> from, IReadOnlyList<T> to, Func<T, string> key, Func<T, string> value)
    {
        var keys = from.Select(key).Concat(to.Select(key)).Distinct();
        return keys.Select(k => new ComparedField(
            section, k,
            from.FirstOrDefault(x => key(x) == k) is { } a ? value(a) : None,
            to.FirstOrDefault(x => key(x) == k) is { } b ? value(b) : None));
    }

    private static string YesNo(bool value) => value ? "Yes" : "No";
}

internal static class CompareFormulaVersionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/formulas/{code}/compare", (string code, int from, int to, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new CompareFormulaVersions(code, from, to), cancellationToken))
            .WithName(nameof(CompareFormulaVersions))
            .WithSummary("Two versions of a formula side by side, field by field, with each difference marked")
            .Produces<FormulaComparison>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
