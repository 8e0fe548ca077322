using Pharmacy.Shared.Contracts;

namespace Pharmacy.Modules.Quality.Contracts;

/// <summary>Quality released the batch (electronic signature): its fills may be dispensed.</summary>
public sealed record BatchReleased(
    Guid BatchId, string BatchNumber, IReadOnlyList<Guid> FillIds, string ReleasedBy, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>Quality rejected the batch: its fills must be made again or cancelled.</summary>
public sealed record BatchRejected(
    Guid BatchId, string BatchNumber, IReadOnlyList<Guid> FillIds, string Reason, string RejectedBy, DateTimeOffset OccurredAt) : IIntegrationEvent;
