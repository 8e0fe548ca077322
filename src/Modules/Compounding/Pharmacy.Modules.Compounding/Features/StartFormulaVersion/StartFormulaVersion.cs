using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Features.CreateFormula;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Errors;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Features.StartFormulaVersion;

/// <summary>
/// Change control: a pharmacist starts the next version of a formula as a draft copy of the approved one, saying what
/// it will change; the approved version is compounded unchanged until the new one is approved.
/// </summary>
[Access(CompoundingAccess.Author)]
public sealed record StartFormulaVersion([property: MaxLength(40)] string Code, [property: MaxLength(1000)] string ChangeSummary)
    : ICommand<FormulaVersionWritten>;

public sealed record StartFormulaVersionRequest([property: MaxLength(1000)] string ChangeSummary);

internal sealed class StartFormulaVersionValidator : InputValidator<StartFormulaVersion>
{
    public StartFormulaVersionValidator()
    {
        RuleFor(command => command.Code).NotEmpty().WithMessage("Choose the formula.");
        RuleFor(command => command.ChangeSummary).NotEmpty().WithMessage("Say what the new version changes from the approved one.");
    }
}

internal sealed class StartFormulaVersionHandler(CompoundingDbContext db, TimeProvider clock)
    : ICommandHandler<StartFormulaVersion, FormulaVersionWritten>
{
    public async ValueTask<FormulaVersionWritten> Handle(StartFormulaVersion command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        var versions = await db.Formulas.AsNoTracking().Where(f => f.Code == code)
            .Select(f => new { f.VersionNumber, f.Status }).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            throw new NotFoundException("Formula", code);
        }

        var approved = await db.ApprovedFormulaAsync(code, cancellationToken);
        var from = approved ?? await db.FindFormulaAsync(code, versions.Max(v => v.VersionNumber), cancellationToken);
        var draft = versions.Where(v => v.Status == FormulaStatus.Draft).Select(v => (int?)v.VersionNumber).SingleOrDefault();
        var next = from.StartNextVersion(command.ChangeSummary, draft, clock.GetUtcNow(), versions.Max(v => v.VersionNumber));
        db.Formulas.Add(next);
        return new FormulaVersionWritten(next.Code, next.VersionNumber);
    }
}

internal static class StartFormulaVersionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/formulas/{code}/versions",
                async (string code, StartFormulaVersionRequest request, ISender sender, CancellationToken cancellationToken) =>
                {
                    var written = await sender.Send(new StartFormulaVersion(code, request.ChangeSummary), cancellationToken);
                    return Results.Created($"/api/compounding/formulas/{written.Code}?version={written.Version}", written);
                })
            .WithName(nameof(StartFormulaVersion))
            .RequireAccessTo<StartFormulaVersion>()
            .WithSummary("Start the next version of a formula (pharmacist): a draft copy of the approved one, with a change summary")
            .Produces<FormulaVersionWritten>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
