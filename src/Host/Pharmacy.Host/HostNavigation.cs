using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Host;

internal static class HostNavigation
{
    public static IEnumerable<NavigationItem> Items =>
    [
        new("Administration", "Messaging", "/Admin/Messaging", 900, [Roles.Admin]),
        new("Administration", "API keys", "/Admin/ApiKeys", 901, [Roles.Admin]),
    ];
}
