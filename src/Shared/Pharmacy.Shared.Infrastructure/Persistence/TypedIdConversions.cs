using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>Stores every typed id (ProviderId, PrescriptionId, ...) as its Guid.</summary>
public static class TypedIdConversions
{
    public static void AddTypedIdConversions(this ModelConfigurationBuilder builder, IEnumerable<Assembly> assemblies)
    {
        var idTypes = assemblies
            .Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsValueType && type.GetInterfaces().Any(i =>
                i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ITypedId<>) && i.GetGenericArguments()[0] == type));
        foreach (var idType in idTypes)
        {
            builder.Properties(idType).HaveConversion(typeof(TypedIdConverter<>).MakeGenericType(idType));
        }
    }
}

public sealed class TypedIdConverter<TId>() : ValueConverter<TId, Guid>(id => id.Value, value => Create(value))
    where TId : struct, ITypedId<TId>
{
    // Expression trees cannot call a static abstract member directly; a plain static method can.
    private static TId Create(Guid value) => TId.From(value);
}
