using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;
using Wolverine;

namespace Pharmacy.Modules.Compounding.Features.EditFormulaDraft;

/// <summary>
/// A pharmacist rewrites a draft version before it is approved. An approved or retired version never changes: the
/// change is a new version. A version after the first says what it changes.
/// </summary>
[Access(CompoundingAccess.Author)]
public sealed record EditFormulaDraft(
    [property: MaxLength(40)] string Code, int Version, FormulaInput Formula, [property: MaxLength(1000)] string? ChangeSummary = null)
    : ICommand;

public sealed record EditFormulaDraftRequest(FormulaInput Formula, [property: MaxLength(1000)] string? ChangeSummary = null);

internal sealed class EditFormulaDraftValidator : InputValidator<EditFormulaDraft>
{
    public EditFormulaDraftValidator()
    {
        RuleFor(command => command.Code).NotEmpty().WithMessage("Choose the formula.");
        RuleFor(command => command.Version).InclusiveBetween(1, 10_000).WithMessage("Choose a version of the formula.");
        RuleFor(command => command.Formula).SetValidator(new FormulaInputValidator());
        this.StabilityDaysOf(command => command.Formula.StabilityDays);
    }
}

internal sealed class EditFormulaDraftHandler(CompoundingDbContext db, IMessageBus bus, TimeProvider clock) : ICommandHandler<EditFormulaDraft>
{
    public async ValueTask<Unit> Handle(EditFormulaDraft command, CancellationToken cancellationToken)
    {
        var formula = await db.FindFormulaAsync(command.Code, command.Version, cancellationToken);
        var definition = await command.Formula.ToDefinitionAsync(formula.Code, bus, cancellationToken);
        formula.Revise(definition, command.ChangeSummary, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class EditFormulaDraftEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/formulas/{code}/versions/{version:int}",
                async (string code, int version, EditFormulaDraftRequest request, ISender sender, CancellationToken cancellationToken) =>
                {
                    await sender.Send(new EditFormulaDraft(code, version, request.Formula, request.ChangeSummary), cancellationToken);
                    return Results.NoContent();
                })
            .WithName(nameof(EditFormulaDraft))
            .RequireAccessTo<EditFormulaDraft>()
            .WithSummary("Rewrite a draft formula version (pharmacist); approved and retired versions never change")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
