using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Host;

/// <summary>
/// A module left out with Modules:&lt;Name&gt;:Enabled=false must leave nothing behind. Two things find a module's code
/// without asking the module: Mediator's source generator, which registers at compile time every handler the host can
/// see, and Razor Pages, which finds every referenced assembly's pages. Both are undone here for left-out modules, so
/// that no handler waits for a database that was never registered and no page of theirs answers.
/// </summary>
internal static class LeftOutModules
{
    public static IServiceCollection RemoveHandlersOf(this IServiceCollection services, IReadOnlyList<IModule> leftOut)
    {
        var assemblies = AssembliesOf(leftOut);
        var registrations = services.Where(descriptor => descriptor.ImplementationType is { } type && assemblies.Contains(type.Assembly)).ToList();
        foreach (var registration in registrations)
        {
            services.Remove(registration);
        }

        return services;
    }

    public static IMvcBuilder WithoutPagesOf(this IMvcBuilder mvc, IReadOnlyList<IModule> leftOut)
    {
        var names = AssembliesOf(leftOut).Select(assembly => assembly.GetName().Name).ToHashSet(StringComparer.Ordinal);
        return mvc.ConfigureApplicationPartManager(parts =>
        {
            foreach (var part in parts.ApplicationParts.Where(part => names.Contains(part.Name)).ToList())
            {
                parts.ApplicationParts.Remove(part);
            }
        });
    }

    private static HashSet<Assembly> AssembliesOf(IEnumerable<IModule> modules) => modules.Select(module => module.GetType().Assembly).ToHashSet();
}
