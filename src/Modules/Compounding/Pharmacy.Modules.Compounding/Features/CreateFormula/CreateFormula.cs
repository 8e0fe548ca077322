using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Compounding.Domain.Formulas;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;
using Wolverine;

namespace Pharmacy.Modules.Compounding.Features.CreateFormula;

/// <summary>A pharmacist writes a new master formulation record: version 1 of a new code, as a draft until it is approved.</summary>
[Access(CompoundingAccess.Author)]
public sealed record CreateFormula([property: MaxLength(40)] string Code, FormulaInput Formula) : ICommand<FormulaVersionWritten>;

/// <summary>The formula version that was written.</summary>
public sealed record FormulaVersionWritten(string Code, int Version);

internal sealed class CreateFormulaValidator : InputValidator<CreateFormula>
{
    public CreateFormulaValidator()
    {
        RuleFor(command => command.Code).NotEmpty().WithMessage("Give the formula a code (LDN-4.5-CAP).")
            .Matches("^[A-Za-z0-9][A-Za-z0-9.-]*$").WithMessage("A formula code is letters, digits, dots and hyphens (LDN-4.5-CAP).");
        RuleFor(command => command.Formula).SetValidator(new FormulaInputValidator());
        this.StabilityDaysOf(command => command.Formula.StabilityDays);
    }
}

internal sealed class CreateFormulaHandler(CompoundingDbContext db, IMessageBus bus, TimeProvider clock)
    : ICommandHandler<CreateFormula, FormulaVersionWritten>
{
    public async ValueTask<FormulaVersionWritten> Handle(CreateFormula command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim().ToUpperInvariant();
        var definition = await command.Formula.ToDefinitionAsync(code, bus, cancellationToken);
        var codeInUse = await db.Formulas.AnyAsync(f => f.Code == code, cancellationToken);
        var formula = Formula.Create(definition, codeInUse, clock.GetUtcNow());
        db.Formulas.Add(formula);
        return new FormulaVersionWritten(formula.Code, formula.VersionNumber);
    }
}

internal static class CreateFormulaEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/formulas", async (CreateFormula command, ISender sender, CancellationToken cancellationToken) =>
            {
                var written = await sender.Send(command, cancellationToken);
                return Results.Created($"/api/compounding/formulas/{written.Code}?version={written.Version}", written);
            })
            .WithName(nameof(CreateFormula))
            .RequireAccessTo<CreateFormula>()
            .WithSummary("Write a new formula (pharmacist): version 1 of a new code, a draft until approved")
            .Produces<FormulaVersionWritten>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
