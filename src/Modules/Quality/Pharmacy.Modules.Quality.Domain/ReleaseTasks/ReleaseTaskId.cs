using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Quality.Domain.ReleaseTasks;

public readonly record struct ReleaseTaskId(Guid Value) : ITypedId<ReleaseTaskId>
{
    public static ReleaseTaskId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
