using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Quality.Domain.ReleaseTasks;
using Pharmacy.Modules.Quality.Persistence;
using Pharmacy.Modules.Quality.Signing;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Quality.Features.DocumentQcInvestigation;

/// <summary>
/// A pharmacist documents the investigation of a check's failed QC results, with their electronic signature: until then
/// the failure holds the release, even after a passing retest.
/// </summary>
[Access(QualityAccess.Investigate)]
public sealed record DocumentQcInvestigation(Guid ReleaseTaskId, string Check, string Findings, SignatureInput Signature) : ICommand, ISignedCommand;

/// <summary>The check and the findings, with the pharmacist's signature (the same two fields as <see cref="SignatureRequest"/>).</summary>
public sealed record DocumentQcInvestigationRequest(string Check, string Findings, string Password, string Meaning)
{
    public SignatureInput ToInput() => new SignatureRequest(Password, Meaning).ToInput();
}

internal sealed class DocumentQcInvestigationValidator : InputValidator<DocumentQcInvestigation>
{
    public DocumentQcInvestigationValidator()
    {
        RuleFor(command => command.Check).NotEmpty().WithMessage("Choose the check.").MaximumLength(100);
        RuleFor(command => command.Findings).NotEmpty().WithMessage("Write the findings of the investigation.").MaximumLength(2000);
    }
}

internal sealed class DocumentQcInvestigationHandler(QualityDbContext db, ICurrentUser user, SignatureScope signature, TimeProvider clock)
    : ICommandHandler<DocumentQcInvestigation>
{
    public async ValueTask<Unit> Handle(DocumentQcInvestigation command, CancellationToken cancellationToken)
    {
        var task = await db.FindReleaseTaskAsync(ReleaseTaskId.From(command.ReleaseTaskId), cancellationToken);
        task.DocumentInvestigation(
            command.Check, command.Findings, signature.AsDecisionSignature(), user.IsInRole(Roles.Pharmacist), clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class DocumentQcInvestigationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/release-tasks/{id:guid}/investigations", async (
                Guid id, DocumentQcInvestigationRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DocumentQcInvestigation(id, request.Check ?? "", request.Findings ?? "", request.ToInput()), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(DocumentQcInvestigation))
            .RequireAccessTo<DocumentQcInvestigation>()
            .WithSummary("Document the investigation of a check's failed QC results (pharmacist's electronic signature)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
