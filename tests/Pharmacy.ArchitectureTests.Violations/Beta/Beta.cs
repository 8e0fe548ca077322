using Violations.Modules.Alpha.IntegrationEvents;

namespace Violations.Modules.Beta
{
    /// <summary>Breaks "no other module depends on an integration-event handler", and closes the Alpha-Beta cycle.</summary>
    public sealed class BetaAuditor
    {
        public Task Replay(Contracts.ParcelDelivered message) => RecordLostParcel.Handle(message);
    }
}

namespace Violations.Modules.Beta.Internals
{
    public sealed class BetaLedger
    {
        public Guid Id { get; private set; } = Guid.NewGuid();

        public decimal Balance { get; private set; }
    }
}

namespace Violations.Modules.Beta.Domain
{
    /// <summary>Beta's domain is pure: the per-module purity rule needs something to look at in every module.</summary>
    public sealed class Account
    {
        public Guid Id { get; private set; } = Guid.NewGuid();
    }
}

namespace Violations.Modules.Beta.Contracts
{
    public sealed record ParcelDelivered(Guid ParcelId, DateTimeOffset DeliveredAt);
}
