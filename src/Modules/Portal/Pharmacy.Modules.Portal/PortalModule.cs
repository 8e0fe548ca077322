using Microsoft.AspNetCore.Routing;
using Pharmacy.Modules.Portal.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Modules.Portal.Persistence;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;

namespace Pharmacy.Modules.Portal;

/// <summary>
/// The provider portal: clinics order from the pharmacy's catalogue and follow each order, answering the pharmacy's
/// questions. Its orders carry the clinic's organisation, so a portal user sees only their own (ADR 0017). It learns
/// where each order stands from Prescriptions' events, into its own records.
/// </summary>
public sealed partial class PortalModule : IModule
{
    public string Name => "Portal";

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PortalDbContext>(PortalDbContext.SchemaName);
        services.AddSingleton<OrderNumbers>();
        services.AddOptions<SmtpSettings>().Bind(configuration.GetSection(SmtpSettings.Section));
        services.AddSingleton<OrderMail>();
        services.AddAccessRules(PortalAccess.OrderRule, PortalAccess.InboxRule);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Portal", "Orders", "/Portal", 5, PortalAccess.OrderRule.Roles),
        new("Portal", "New order", "/Portal/New", 6, PortalAccess.OrderRule.Roles),
        new("Portal", "Notifications", "/Portal/Notifications", 7, PortalAccess.OrderRule.Roles),
        new("Portal", "Invoices", "/Portal/Invoices", 8, PortalAccess.OrderRule.Roles),
        new("Providers", "Clinic messages", "/Portal/Inbox", 16, PortalAccess.InboxRule.Roles),
    ];
}

/// <summary>
/// Who uses the portal: the clinics' prescribers and staff, and on the pharmacy's side the people who answer the clinics'
/// messages. No API scope: partners' systems use the prescriptions API.
/// </summary>
public static class PortalAccess
{
    public const string Order = "portal.order";

    public static readonly AccessRule OrderRule = new(Order, null, [Roles.ProviderPortal]);

    /// <summary>The pharmacy's people who answer clinics' messages on their orders.</summary>
    public const string Inbox = "portal.inbox";

    public static readonly AccessRule InboxRule = new(Inbox, null, [Roles.Admin, Roles.Pharmacist, Roles.Technician, Roles.AccountManager]);
}
