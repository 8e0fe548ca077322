using System.Security.Claims;
using Pharmacy.Shared.Infrastructure.Security;
using Violations.Modules.Alpha.Features;

namespace Violations.Modules.Alpha
{
    /// <summary>Alpha's one declared access rule.</summary>
    public static class AlphaAccess
    {
        public const string Ship = "alpha.ship";

        public static readonly AccessRule ShipRule = new(Ship, null, ["Dispatcher"]);
    }

    /// <summary>Sends a command that names its rule (allowed) and one that names a rule nobody declares.</summary>
    public static class ShipmentEndpoint
    {
        public static object Ship(Guid id) => new ShipShipment(id);

        public static object Return(Guid id) => new ReturnShipment(id);
    }
}

namespace Violations.Modules.Alpha.Areas.Alpha.Pages
{
    /// <summary>A page that offers a command naming no access rule, to the people it picks by role itself.</summary>
    public sealed class ShipmentModel
    {
        public bool CanHold(ClaimsPrincipal user) => user.IsInRole("Dispatcher");

        public Task<object> OnPostHoldAsync(Guid id) => Task.FromResult<object>(new HoldShipment(id));
    }

    /// <summary>A page that asks nobody's role; the page rule must leave it alone.</summary>
    public sealed class ShipmentListModel
    {
        public IReadOnlyList<Guid> Shipments { get; } = [];
    }
}
