using FluentValidation;
using Mediator;
using Pharmacy.Modules.Prescriptions.Features.RequestRefill;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.ApproveRefillRequest;

/// <summary>
/// A pharmacist approves a clinic's refill request that the rules refused when it arrived: the refill is given, too-soon
/// overridden with the reason and an electronic signature. No refills left or an expired prescription still refuse it.
/// </summary>
[Access(PrescriptionAccess.Verify)]
public sealed record ApproveRefillRequest(Guid PrescriptionId, string Reason, SignatureInput Signature) : ICommand<RefillResponse>, ISignedCommand
{
    public override string ToString() => $"{nameof(ApproveRefillRequest)} {{ PrescriptionId = {PrescriptionId} }}";
}

internal sealed class ApproveRefillRequestValidator : InputValidator<ApproveRefillRequest>
{
    public ApproveRefillRequestValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason to approve the refill request.").MaximumLength(TextLimits.Reason);
}

internal sealed class ApproveRefillRequestHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ApproveRefillRequest, RefillResponse>
{
    public async ValueTask<RefillResponse> Handle(ApproveRefillRequest command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        var fill = prescription.ApproveRefillRequest(command.Reason, user.Name, clock.GetUtcNow());
        return new RefillResponse(prescription.Id.Value, prescription.RxNumber, fill.Id.Value, fill.Number, prescription.RefillsRemaining);
    }
}
