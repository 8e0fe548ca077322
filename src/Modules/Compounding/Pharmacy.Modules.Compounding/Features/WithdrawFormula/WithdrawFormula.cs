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

namespace Pharmacy.Modules.Compounding.Features.WithdrawFormula;

/// <summary>
/// A pharmacist retires a formula version with a reason and an electronic signature: an approved one is no longer
/// compounded nor prescribed (until a new version is approved); a draft is abandoned.
/// </summary>
[Access(CompoundingAccess.Sign)]
public sealed record WithdrawFormula(
    [property: MaxLength(40)] string Code, int Version, [property: MaxLength(1000)] string Reason, SignatureInput Signature)
    : ICommand, ISignedCommand;

public sealed record WithdrawFormulaRequest([property: MaxLength(1000)] string Reason, SignatureRequest Signature);

internal sealed class WithdrawFormulaValidator : InputValidator<WithdrawFormula>
{
    public WithdrawFormulaValidator()
    {
        RuleFor(command => command.Code).NotEmpty().WithMessage("Choose the formula.");
        RuleFor(command => command.Version).InclusiveBetween(1, 10_000).WithMessage("Choose a version of the formula.");
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Say why the formula is withdrawn; the reason is kept in its record.");
    }
}

internal sealed class WithdrawFormulaHandler(CompoundingDbContext db, TimeProvider clock) : ICommandHandler<WithdrawFormula>
{
    public async ValueTask<Unit> Handle(WithdrawFormula command, CancellationToken cancellationToken)
    {
        var formula = await db.FindFormulaAsync(command.Code, command.Version, cancellationToken);
        formula.Withdraw(command.Reason, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class WithdrawFormulaEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/formulas/{code}/versions/{version:int}/withdraw",
                async (string code, int version, WithdrawFormulaRequest request, ISender sender, CancellationToken cancellationToken) =>
                {
                    await sender.Send(new WithdrawFormula(code, version, request.Reason, request.Signature.ToInput()), cancellationToken);
                    return Results.NoContent();
                })
            .WithName(nameof(WithdrawFormula))
            .RequireAccessTo<WithdrawFormula>()
            .WithSummary("Retire a formula version with a reason (pharmacist, electronic signature); an approved one can no longer be prescribed")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
