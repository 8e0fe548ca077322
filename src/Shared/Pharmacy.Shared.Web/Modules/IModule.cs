using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pharmacy.Shared.Web.Modules;

/// <summary>
/// The one place the host calls into a module: it adds the module's services, maps its endpoints, names its pages
/// in the navigation and its work queues for the home page. Pages themselves are found as Razor areas in the module's assembly.
/// </summary>
public interface IModule
{
    /// <summary>The module's name, also its Razor area and its configuration key (Modules:Name:Enabled).</summary>
    string Name { get; }

    void Register(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    IEnumerable<NavigationItem> Navigation { get; }

    /// <summary>The queues of work the module's people do, counted on their home page; none unless the module names some.</summary>
    IEnumerable<WorkQueue> WorkQueues => [];
}

/// <summary>A link in the navigation, grouped under its module's heading, shown to the roles it serves.</summary>
public sealed record NavigationItem(string Group, string Title, string Path, int Order, IReadOnlyList<string> Roles);

/// <summary>Every navigation link of the host, in order, for the layout.</summary>
public sealed class NavigationRegistry(IEnumerable<NavigationItem> items)
{
    private readonly IReadOnlyList<NavigationItem> _items = items.OrderBy(item => item.Order).ToList();

    /// <summary>The links a user with these roles may follow, by group.</summary>
    public IReadOnlyList<IGrouping<string, NavigationItem>> GroupsFor(System.Security.Claims.ClaimsPrincipal user) =>
        _items.Where(item => item.Roles.Any(user.IsInRole)).GroupBy(item => item.Group).ToList();
}
