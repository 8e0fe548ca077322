using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Modules.Portal.Persistence;

namespace Pharmacy.Modules.Portal.Features.RecordOrderProgress;

/// <summary>Prescriptions moved the order's prescription on: the order shows where it stands now.</summary>
public sealed record RecordOrderProgress(
    Guid OrderId, Guid PrescriptionId, long RxNumber, string Status, string? Question, string? Answer, string? HoldReason,
    DateTimeOffset? BeyondUseDate, string? Carrier, string? TrackingNumber, DateTimeOffset? ShippedAt, int FillCount, int? RefillsRemaining,
    string? RefillRequestStatus, string? RefillRequestNote) : ICommand;

internal sealed class RecordOrderProgressHandler(PortalDbContext db, TimeProvider clock) : ICommandHandler<RecordOrderProgress>
{
    public async ValueTask<Unit> Handle(RecordOrderProgress command, CancellationToken cancellationToken)
    {
        var id = PortalOrderId.From(command.OrderId);
        // An order of another portal (or one removed since) is not this module's to follow.
        if (await db.Orders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } order
            || !Enum.TryParse<OrderStatus>(command.Status, out var status))
        {
            return Unit.Value;
        }

        order.RecordProgress(
            command.PrescriptionId, command.RxNumber, status, command.Question, command.Answer, command.HoldReason, command.BeyondUseDate,
            command.Carrier, command.TrackingNumber, command.ShippedAt,
            new RefillProgress(
                command.FillCount, command.RefillsRemaining,
                Enum.TryParse<RefillRequestState>(command.RefillRequestStatus, out var request) ? request : null, command.RefillRequestNote),
            clock.GetUtcNow());
        return Unit.Value;
    }
}
