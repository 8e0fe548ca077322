using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pharmacy.Shared.Web.Modules;

/// <summary>
/// The one place the host calls into a module: it adds the module's services, maps its endpoints, and names its pages
/// in the navigation. Pages themselves are found as Razor areas in the module's assembly.
/// </summary>
public interface IModule
{
    /// <summary>The module's name, also its Razor area and its configuration key (Modules:Name:Enabled).</summary>
    string Name { get; }

    void Register(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    IEnumerable<NavigationItem> Navigation { get; }
}

/// <summary>A link in the staff navigation, grouped under its module's heading.</summary>
public sealed record NavigationItem(string Group, string Title, string Path, int Order = 100);

/// <summary>Every navigation link of the host, in order, for the layout.</summary>
public sealed class NavigationRegistry(IEnumerable<NavigationItem> items)
{
    public IReadOnlyList<IGrouping<string, NavigationItem>> Groups { get; } = items
        .OrderBy(item => item.Order)
        .GroupBy(item => item.Group)
        .ToList();
}
