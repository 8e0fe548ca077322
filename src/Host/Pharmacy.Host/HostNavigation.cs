using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Host;

internal static class HostNavigation
{
    public static IEnumerable<NavigationItem> Items =>
    [
        new("Administration", "Messaging", "/Admin/Messaging", 900, [Roles.Admin]),
        new("Administration", "API keys", "/Admin/ApiKeys", 901, [Roles.Admin]),
        new("Administration", "Users", "/Admin/Users", 902, [Roles.Admin]),
        new("Administration", "Security log", "/Admin/SecurityLog", 903, [Roles.Admin]),
        new("Your account", "Change password", "/Account/ChangePassword", 950, Roles.All),
    ];
}
