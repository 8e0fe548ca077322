namespace Pharmacy.Shared.Kernel;

/// <summary>Something that happened inside one aggregate, in the language of its module.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
