using Violations.Modules.Beta.Contracts;
using Violations.Modules.Beta.Internals;

namespace Violations.Modules.Alpha;

/// <summary>Breaks module isolation (and, with Beta's auditor, makes a cycle): reaches into Beta's internals.</summary>
public sealed class ShipmentPlanner
{
    public decimal Balance(BetaLedger ledger) => ledger.Balance;
}

/// <summary>Uses only Beta's contracts, which is allowed; the isolation rule must leave it alone.</summary>
public sealed class ParcelDeliveredRelay
{
    public Guid Relay(ParcelDelivered message) => message.ParcelId;
}
