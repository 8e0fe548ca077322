using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Persistence;

namespace Pharmacy.Modules.Portal.Features.RecordOrderPayment;

/// <summary>Billing recorded a payment against a charge; a charge of no portal order is not the portal's to follow.</summary>
public sealed record RecordOrderPayment(Guid ChargeId, decimal Amount, bool Settled) : ICommand;

internal sealed class RecordOrderPaymentHandler(PortalDbContext db) : ICommandHandler<RecordOrderPayment>
{
    public async ValueTask<Unit> Handle(RecordOrderPayment command, CancellationToken cancellationToken)
    {
        if (await db.Charges.SingleOrDefaultAsync(c => c.ChargeId == command.ChargeId, cancellationToken) is { } charge)
        {
            charge.RecordPayment(command.Amount, command.Settled);
        }

        return Unit.Value;
    }
}
