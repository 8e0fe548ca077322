using System.Reflection;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>Every module DbContext of the host, with its schema; the unit of work finds a command's context here.</summary>
public sealed class ModuleDbContextRegistry
{
    private readonly Dictionary<Type, string> _schemas = [];

    public IReadOnlyDictionary<Type, string> Contexts => _schemas;

    public Type? ContextFor(Assembly moduleAssembly) =>
        _schemas.Keys.FirstOrDefault(type => type.Assembly == moduleAssembly);

    internal void Add(Type contextType, string schema)
    {
        if (_schemas.Values.Contains(schema) && !_schemas.ContainsKey(contextType))
        {
            throw new InvalidOperationException($"Schema '{schema}' is already owned by another module.");
        }

        _schemas[contextType] = schema;
    }
}
