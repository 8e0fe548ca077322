using Microsoft.EntityFrameworkCore;

namespace Violations.Modules.Alpha.Domain;

/// <summary>Breaks domain purity: a domain type that knows about EF Core.</summary>
public sealed class Shipment
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public void SaveWith(DbContext context) => context.Add(this);
}

/// <summary>A pure domain type; the purity rule must leave it alone.</summary>
public sealed class Parcel
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public decimal WeightKg { get; private set; }
}
