using Mediator;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Modules.Prescriptions.Contracts;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Portal.Features.RequestRefill;

/// <summary>
/// The clinic asks for a refill of an order it has received. The pharmacy is asked first whether it has a refill to give
/// now (refills left, not expired, not too soon); only then does the request leave, as <c>PortalRefillRequested</c>.
/// </summary>
[Access(PortalAccess.Order)]
public sealed record RequestRefill(Guid OrderId) : ICommand;

internal sealed class RequestRefillHandler(PortalDbContext db, IRefillCheck refills, ICurrentUser user, TimeProvider clock) : ICommandHandler<RequestRefill>
{
    public async ValueTask<Unit> Handle(RequestRefill command, CancellationToken cancellationToken)
    {
        var order = await db.OrderToActOnAsync(command.OrderId, cancellationToken);
        var refusal = order.PrescriptionId is { } prescriptionId ? await refills.RefusalOfRefillAsync(prescriptionId, cancellationToken) : null;
        order.RequestRefill(refusal, user.Name, clock.GetUtcNow());
        return Unit.Value;
    }
}
