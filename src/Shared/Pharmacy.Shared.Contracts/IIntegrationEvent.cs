namespace Pharmacy.Shared.Contracts;

/// <summary>
/// A fact one module publishes for the others. Integration events are immutable records with simple fields,
/// defined in the publishing module's Contracts, and leave only through that module's outbox.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>When the fact happened in the publishing module (UTC).</summary>
    DateTimeOffset OccurredAt { get; }
}
