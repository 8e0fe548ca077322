using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public sealed record BatchReleasedDomainEvent(
    ReleaseTaskId ReleaseTaskId, Guid BatchId, string BatchNumber, IReadOnlyList<Guid> FillIds, string ReleasedBy, DateTimeOffset OccurredAt)
    : IDomainEvent;

public sealed record BatchRejectedDomainEvent(
    ReleaseTaskId ReleaseTaskId, Guid BatchId, string BatchNumber, IReadOnlyList<Guid> FillIds, string Reason, string RejectedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
