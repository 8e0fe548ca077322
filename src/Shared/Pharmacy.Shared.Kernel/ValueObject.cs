namespace Pharmacy.Shared.Kernel;

/// <summary>
/// A value compared by its parts. Most value objects here are C# records, which give that for free;
/// this base serves the ones that need a class (private constructors for persistence, validation on creation).
/// </summary>
public abstract class ValueObject : IEquatable<ValueObject>
{
    protected abstract IEnumerable<object?> EqualityComponents();

    public bool Equals(ValueObject? other) =>
        other is not null && other.GetType() == GetType() && EqualityComponents().SequenceEqual(other.EqualityComponents());

    public override bool Equals(object? obj) => obj is ValueObject other && Equals(other);

    public override int GetHashCode() =>
        EqualityComponents().Aggregate(GetType().GetHashCode(), (hash, part) => HashCode.Combine(hash, part));

    public static bool operator ==(ValueObject? left, ValueObject? right) => Equals(left, right);

    public static bool operator !=(ValueObject? left, ValueObject? right) => !Equals(left, right);
}
