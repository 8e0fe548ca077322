using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain.Invoices;
using Pharmacy.Modules.Portal.Persistence;

namespace Pharmacy.Modules.Portal.Features.RecordOrderCharge;

/// <summary>Billing charged a dispensed fill: when it is a fill of a portal order (found by its Rx number), the clinic sees the charge.</summary>
public sealed record RecordOrderCharge(Guid ChargeId, long RxNumber, decimal Amount, string Currency, string PayerType, DateTimeOffset ChargedAt) : ICommand;

internal sealed class RecordOrderChargeHandler(PortalDbContext db) : ICommandHandler<RecordOrderCharge>
{
    public async ValueTask<Unit> Handle(RecordOrderCharge command, CancellationToken cancellationToken)
    {
        if (await db.Charges.AnyAsync(c => c.ChargeId == command.ChargeId, cancellationToken)
            || await db.Orders.SingleOrDefaultAsync(o => o.RxNumber == command.RxNumber, cancellationToken) is not { } order
            || !Enum.TryParse<ChargePayer>(command.PayerType, out var payer))
        {
            return Unit.Value;
        }

        db.Charges.Add(OrderCharge.Of(order, command.ChargeId, payer, command.Amount, command.Currency, command.ChargedAt));
        return Unit.Value;
    }
}
