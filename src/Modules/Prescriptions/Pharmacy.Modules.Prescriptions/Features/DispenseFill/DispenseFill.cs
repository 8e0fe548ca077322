using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Prescriptions.Features.DispenseFill;

/// <summary>
/// The patient (or someone for them) picked the checked fill up at the counter: who collected it, how they are related
/// to the patient, and whether they accepted the counselling offered. Billing is told to charge it.
/// </summary>
[Access(PrescriptionAccess.Work)]
public sealed record DispenseFill(
    Guid PrescriptionId, Guid FillId, string CollectedBy, CollectorRelationship? Relationship, CounsellingAnswer? Counselling) : ICommand;

public sealed record DispenseFillRequest(string CollectedBy, CollectorRelationship? Relationship, CounsellingAnswer? Counselling);

internal sealed class DispenseFillValidator : InputValidator<DispenseFill>
{
    public DispenseFillValidator()
    {
        RuleFor(command => command.CollectedBy).NotEmpty().WithMessage("Write the name of the person who collected the fill.")
            .MaximumLength(TextLimits.PersonName);
        RuleFor(command => command.Relationship).NotNull().WithMessage("Choose who collected the fill: the patient, family, a caregiver or someone else.")
            .IsInEnum().WithMessage("The relationship is Self, Family, Caregiver or Other.");
        RuleFor(command => command.Counselling).NotNull().WithMessage("Record whether counselling was accepted or declined.")
            .IsInEnum().WithMessage("Counselling is Accepted or Declined.");
    }
}

internal sealed class DispenseFillHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DispenseFill>
{
    public async ValueTask<Unit> Handle(DispenseFill command, CancellationToken cancellationToken)
    {
        var (prescription, fill) = await db.FindFillAsync(command.PrescriptionId, command.FillId, cancellationToken);
        prescription.Dispense(
            fill.Id, command.CollectedBy, command.Relationship ?? CollectorRelationship.Other, command.Counselling, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}

internal static class DispenseFillEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/{id:guid}/fills/{fillId:guid}/dispense", async (Guid id, Guid fillId, DispenseFillRequest request, ISender sender,
                CancellationToken cancellationToken) =>
            {
                await sender.Send(new DispenseFill(id, fillId, request.CollectedBy, request.Relationship, request.Counselling), cancellationToken);
                return Results.NoContent();
            })
            .WithName(nameof(DispenseFill))
            .RequireAccessTo<DispenseFill>()
            .WithSummary("Record that a checked fill was picked up: who collected it and the answer to the offer of counselling")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
