using Mediator;
using Pharmacy.Modules.Inventory.Domain.Lots;
using Pharmacy.Modules.Inventory.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Modules.Inventory.Features.ReleaseLot;

/// <summary>
/// Releases a quarantined lot after its certificate of analysis was reviewed and accepted: a signing act (password and
/// meaning). From then on batches may use the lot.
/// </summary>
[Access(InventoryAccess.Release)]
public sealed record ReleaseLot(Guid LotId, SignatureInput Signature) : ICommand, ISignedCommand;

internal sealed class ReleaseLotHandler(InventoryDbContext db, TimeProvider clock) : ICommandHandler<ReleaseLot>
{
    public async ValueTask<Unit> Handle(ReleaseLot command, CancellationToken cancellationToken)
    {
        var lot = await db.FindLotAsync(LotId.From(command.LotId), cancellationToken);
        lot.Release(clock.GetUtcNow());
        return Unit.Value;
    }
}
