using Violations.Modules.Alpha.Domain;

namespace Violations.Modules.Alpha.Contracts;

/// <summary>Breaks contract immutability: a public setter.</summary>
public sealed class ShipmentBooked
{
    public Guid ShipmentId { get; set; }
}

/// <summary>Breaks "a contract never exposes a domain type".</summary>
public sealed record ShipmentSnapshot(Shipment Shipment);

/// <summary>A well-formed contract (init-only properties); no contract rule may flag it.</summary>
public sealed record ShipmentCancelled(Guid ShipmentId, string Reason);
