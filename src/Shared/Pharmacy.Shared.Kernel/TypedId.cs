namespace Pharmacy.Shared.Kernel;

/// <summary>
/// A strongly typed identifier: a ProviderId cannot be passed where a PrescriptionId is expected.
/// Implemented by readonly record structs wrapping a Guid; persistence maps them by this interface.
/// </summary>
public interface ITypedId<TSelf>
    where TSelf : struct, ITypedId<TSelf>
{
    Guid Value { get; }

    static abstract TSelf From(Guid value);
}

public static class TypedId
{
    /// <summary>New ids are time-ordered (version 7) so that indexes stay compact and lists sort by creation.</summary>
    public static TId New<TId>()
        where TId : struct, ITypedId<TId> => TId.From(Guid.CreateVersion7());
}
