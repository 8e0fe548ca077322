using Pharmacy.Shared.Web.Modules;

namespace Pharmacy.Host;

internal static class HostNavigation
{
    public static IEnumerable<NavigationItem> Items =>
    [
        new("Administration", "Messaging", "/Admin/Messaging", 900),
    ];
}
