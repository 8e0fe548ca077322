using System.Collections.Concurrent;
using System.Reflection;

namespace Pharmacy.Shared.Infrastructure.Security;

/// <summary>
/// The access rules the enabled modules declare, by name: where the pipeline, the endpoints and the pages find the rule
/// an act names. An act that names a rule nobody declares is an error, never a pass.
/// </summary>
public sealed class AccessRules
{
    private static readonly ConcurrentDictionary<Type, string?> NamedRules = new();
    private readonly Dictionary<string, AccessRule> _rules = new(StringComparer.Ordinal);

    public AccessRules(IEnumerable<AccessRule> rules)
    {
        foreach (var rule in rules)
        {
            if (_rules.TryGetValue(rule.Name, out var known) && !ReferenceEquals(known, rule))
            {
                throw new InvalidOperationException($"Two access rules are named \"{rule.Name}\"; each rule is declared once.");
            }

            _rules[rule.Name] = rule;
        }
    }

    public IReadOnlyCollection<AccessRule> All => _rules.Values;

    /// <summary>The name of the rule an act names, or null when it names none.</summary>
    public static string? NameOf(Type act) => NamedRules.GetOrAdd(act, type => type.GetCustomAttribute<AccessAttribute>()?.Rule);

    /// <summary>The rule the act names, or null when it names none (work of the system: integration handlers, seeders).</summary>
    /// <exception cref="InvalidOperationException">The act names a rule that no enabled module declares.</exception>
    public AccessRule? Of(Type act) =>
        NameOf(act) switch
        {
            null => null,
            var name when _rules.TryGetValue(name, out var rule) => rule,
            var name => throw new InvalidOperationException($"{act.Name} names the access rule \"{name}\", which no enabled module declares."),
        };

    /// <summary>The rule of an act a person can ask for; an act that names none is an error here.</summary>
    public AccessRule Of<TAct>() =>
        Of(typeof(TAct)) ?? throw new InvalidOperationException($"{typeof(TAct).Name} names no access rule ([Access]), so it cannot be offered to people.");

    /// <summary>
    /// Refuses to start when an act of these assemblies names a rule no enabled module declares: a misspelt or
    /// unregistered rule is found at start-up, not at the first person who tries the act.
    /// </summary>
    public void EnsureEveryActFindsItsRule(IEnumerable<Assembly> assemblies)
    {
        var unknown = assemblies.SelectMany(assembly => assembly.GetTypes())
            .Where(type => NameOf(type) is { } name && !_rules.ContainsKey(name))
            .Select(type => $"{type.FullName} names \"{NameOf(type)}\"")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Acts name access rules that no enabled module declares: {string.Join("; ", unknown)}.");
        }
    }
}
