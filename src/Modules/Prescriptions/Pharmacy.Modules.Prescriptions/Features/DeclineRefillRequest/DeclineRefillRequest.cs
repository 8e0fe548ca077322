using FluentValidation;
using Mediator;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.DeclineRefillRequest;

/// <summary>A pharmacist declines a clinic's waiting refill request, with a reason the clinic sees on the portal.</summary>
[Access(PrescriptionAccess.Decide)]
public sealed record DeclineRefillRequest(Guid PrescriptionId, string Reason) : ICommand;

internal sealed class DeclineRefillRequestValidator : InputValidator<DeclineRefillRequest>
{
    public DeclineRefillRequestValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason to decline the refill request.").MaximumLength(TextLimits.Reason);
}

internal sealed class DeclineRefillRequestHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeclineRefillRequest>
{
    public async ValueTask<Unit> Handle(DeclineRefillRequest command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        prescription.DeclineRefillRequest(command.Reason, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}
