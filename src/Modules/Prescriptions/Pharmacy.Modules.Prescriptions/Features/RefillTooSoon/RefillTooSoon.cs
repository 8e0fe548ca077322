using FluentValidation;
using Mediator;
using Pharmacy.Modules.Prescriptions.Features.RequestRefill;
using Pharmacy.Modules.Prescriptions.Persistence;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Prescriptions.Features.RefillTooSoon;

/// <summary>
/// A pharmacist gives a refill before 75% of the previous fill's days supply has passed, with a reason and an electronic
/// signature; the reason, their name and the time are kept on the new fill. Every other refill rule still applies.
/// </summary>
[Access(PrescriptionAccess.Verify)]
public sealed record RefillTooSoon(Guid PrescriptionId, string Reason, SignatureInput Signature) : ICommand<RefillResponse>, ISignedCommand
{
    public override string ToString() => $"{nameof(RefillTooSoon)} {{ PrescriptionId = {PrescriptionId} }}";
}

internal sealed class RefillTooSoonValidator : InputValidator<RefillTooSoon>
{
    public RefillTooSoonValidator() =>
        RuleFor(command => command.Reason).NotEmpty().WithMessage("Give the reason to override a refill that is too soon.").MaximumLength(TextLimits.Reason);
}

internal sealed class RefillTooSoonHandler(PrescriptionsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RefillTooSoon, RefillResponse>
{
    public async ValueTask<RefillResponse> Handle(RefillTooSoon command, CancellationToken cancellationToken)
    {
        var prescription = await db.FindPrescriptionAsync(command.PrescriptionId, cancellationToken);
        var fill = prescription.RefillTooSoon(command.Reason, user.Name, clock.GetUtcNow());
        return new RefillResponse(prescription.Id.Value, prescription.RxNumber, fill.Id.Value, fill.Number, prescription.RefillsRemaining);
    }
}
