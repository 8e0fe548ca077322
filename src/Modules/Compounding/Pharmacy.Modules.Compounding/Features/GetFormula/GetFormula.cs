using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Compounding.Features.GetFormula;

/// <summary>One formula version: the approved one unless a version is asked for (or the latest when none is approved).</summary>
public sealed record GetFormula(string Code, int? Version = null) : IQuery<FormulaDetails>;

public sealed record FormulaDetails(
    Guid Id, string Code, int Version, string Name, string DosageForm, string Route, string Unit, string Status,
    string Preparation, string? Sterilization, bool SterilityTested, bool NonSterileStartingComponent,
    string Storage, string WaterActivity, bool Preserved, int? StabilityDays, string? StabilitySource, string UspLimit,
    string? ControlledSchedule, string? ChangeSummary, DateTimeOffset CreatedAt, DateTimeOffset? ApprovedAt, string? ApprovedBy,
    DateTimeOffset? RetiredAt, string? RetirementReason, IReadOnlyList<FormulaIngredientLine> Ingredients, IReadOnlyList<QualityCheckLine> QualityChecks,
    IReadOnlyList<string> Instructions, IReadOnlyList<FormulaVersionLine> Versions, IReadOnlyList<HistoryEntry> History,
    string Strength, IReadOnlyList<string> Equipment, string ContainerClosure)
{
    public bool CanApprove => Status == nameof(FormulaStatus.Draft);

    public bool IsDraft => Status == nameof(FormulaStatus.Draft);

    public bool IsApproved => Status == nameof(FormulaStatus.Approved);
}

/// <summary>
/// One ingredient line; <see cref="Role"/> reads as words, <see cref="RoleName"/> is the value's name. WeighedPerUnit is
/// what one unit takes with the salt-to-base and potency factors (for a base q.s., what the adjusted lines leave of it).
/// </summary>
public sealed record FormulaIngredientLine(
    int Line, string ItemCode, string Name, string Role, decimal QuantityPerUnit, string Unit, string RoleName,
    decimal SaltFactor, decimal PotencyFactor, decimal WeighedPerUnit)
{
    public bool IsAdjusted => QuantityPerUnit != WeighedPerUnit;
}

/// <summary>A QC check: its limit in words, how its result is measured, its limits in that measure and the limits as read ("pH 6.5-7.5").</summary>
public sealed record QualityCheckLine(string Name, string Specification, string Measure, decimal? Lowest, decimal? Highest, string Limits);

public sealed record FormulaVersionLine(int Version, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ApprovedAt, string? ChangeSummary);

internal sealed class GetFormulaHandler(CompoundingDbContext db, PharmacyTimeZone zone) : IQueryHandler<GetFormula, FormulaDetails>
{
    public async ValueTask<FormulaDetails> Handle(GetFormula query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var versions = await db.Formulas.AsNoTracking().AsSplitQuery().Where(f => f.Code == code).ToListAsync(cancellationToken);
        var formula = (query.Version is { } version
                          ? versions.SingleOrDefault(f => f.VersionNumber == version)
                          : versions.SingleOrDefault(f => f.IsApproved) ?? versions.MaxBy(f => f.VersionNumber))
                      ?? throw new NotFoundException("Formula", query.Version is null ? code : $"{code} version {query.Version}");
        var history = await RecordHistory.ReadAsync(db, zone, nameof(Formula), formula.Id.Value, cancellationToken);
        return new FormulaDetails(
            formula.Id.Value, formula.Code, formula.VersionNumber, formula.Name, formula.DosageForm.ToString(), formula.Route, formula.Unit,
            formula.Status.ToString(), formula.Preparation.ToString(), formula.Sterilization?.ToString(), formula.SterilityTested,
            formula.NonSterileStartingComponent, formula.Storage.ToString(), formula.WaterActivity.ToString(), formula.Preserved,
            formula.StabilityDays, formula.StabilitySource, formula.UspLimit.Describe(), formula.ControlledSchedule, formula.ChangeSummary,
            formula.CreatedAt, formula.ApprovedAt, formula.ApprovedByName, formula.RetiredAt, formula.RetirementReason,
            [.. formula.QuantitiesFor(1).Join(formula.Ingredients, q => q.Line, i => i.Line, (q, i) => new FormulaIngredientLine(
                i.Line, i.ItemCode, i.Name, EnumText.InSentence(i.Role), i.PerUnit.Amount, i.Unit.Symbol, i.Role.ToString(),
                i.SaltFactor, i.PotencyFactor, q.PerUnit.Amount))],
            [.. formula.QualityChecks.OrderBy(c => c.Line).Select(c => new QualityCheckLine(
                c.Name, c.Specification, c.Measure.ToString(), c.Lowest, c.Highest, c.LimitsInWords(formula.Unit)))],
            formula.Instructions,
            [.. versions.OrderByDescending(f => f.VersionNumber).Select(f => new FormulaVersionLine(
                f.VersionNumber, f.Status.ToString(), f.CreatedAt, f.ApprovedAt, f.ChangeSummary))],
            history, formula.Strength, formula.Equipment, formula.ContainerClosure);
    }
}

internal static class GetFormulaEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/formulas/{code}", (string code, int? version, ISender sender, CancellationToken cancellationToken) =>
                sender.Send(new GetFormula(code, version), cancellationToken))
            .WithName(nameof(GetFormula))
            .WithSummary("One master formulation record (the approved version unless ?version= is given), with its versions and history")
            .Produces<FormulaDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
