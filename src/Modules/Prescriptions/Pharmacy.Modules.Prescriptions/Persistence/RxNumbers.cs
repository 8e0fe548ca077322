using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Modules.Prescriptions.Persistence;

/// <summary>
/// The pharmacy's Rx numbers, printed on every label: unique and increasing in the order prescriptions arrive, taken
/// from a sequence of this module a block at a time (one short write per block, none per prescription). A number taken
/// by an intake that is then refused, and the rest of a block when the host stops, are skipped.
/// </summary>
internal sealed class RxNumbers
{
    /// <summary>Twenty at a time: one write per twenty prescriptions, and at most nineteen numbers skipped at a restart.</summary>
    public static readonly NumberSequence Sequence = new("rx_numbers", StartsAt: 7_000_001, BlockSize: 20);

    private readonly NumberBlocks<PrescriptionsDbContext> _blocks = new(Sequence);

    public ValueTask<long> NextAsync(PrescriptionsDbContext db, CancellationToken cancellationToken) => _blocks.NextAsync(db, cancellationToken);
}
