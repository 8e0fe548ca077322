using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Portal.Persistence;

/// <summary>The order numbers clinics quote ("Order 12"), from a sequence of this module, a block at a time.</summary>
internal sealed class OrderNumbers
{
    public static readonly NumberSequence Sequence = new("order_numbers", StartsAt: 1, BlockSize: 10);

    private readonly NumberBlocks<PortalDbContext> _blocks = new(Sequence);

    public ValueTask<long> NextAsync(PortalDbContext db, CancellationToken cancellationToken) => _blocks.NextAsync(db, cancellationToken);
}
