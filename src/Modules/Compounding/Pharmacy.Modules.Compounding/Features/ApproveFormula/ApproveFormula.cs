using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Compounding.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Compounding.Features.ApproveFormula;

/// <summary>
/// A pharmacist approves a draft formula version with an electronic signature. The version approved before it is
/// retired in the same act, so one version of a code is compounded at a time.
/// </summary>
[Access(CompoundingAccess.Sign)]
public sealed record ApproveFormula(string Code, int Version, SignatureInput Signature) : ICommand, ISignedCommand;

internal sealed class ApproveFormulaValidator : InputValidator<ApproveFormula>
{
    public ApproveFormulaValidator()
    {
        RuleFor(command => command.Code).NotEmpty().WithMessage("Choose the formula.").MaximumLength(40);
        RuleFor(command => command.Version).InclusiveBetween(1, 10_000).WithMessage("Choose a version of the formula.");
    }
}

internal sealed class ApproveFormulaHandler(CompoundingDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ApproveFormula>
{
    public async ValueTask<Unit> Handle(ApproveFormula command, CancellationToken cancellationToken)
    {
        var formula = await db.FindFormulaAsync(command.Code, command.Version, cancellationToken);
        var previous = await db.ApprovedFormulaAsync(command.Code, cancellationToken);
        var now = clock.GetUtcNow();
        formula.Approve(user.Id, user.Name, now);
        previous?.Retire(formula.VersionNumber, now);
        return Unit.Value;
    }
}

internal static class ApproveFormulaEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/formulas/{code}/versions/{version:int}/approve",
                async (string code, int version, SignatureRequest request, ISender sender, CancellationToken cancellationToken) =>
                {
                    await sender.Send(new ApproveFormula(code, version, request.ToInput()), cancellationToken);
                    return Results.NoContent();
                })
            .WithName(nameof(ApproveFormula))
            .RequireAccessTo<ApproveFormula>()
            .WithSummary("Approve a draft formula version (pharmacist, electronic signature); the previous approved version is retired")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
