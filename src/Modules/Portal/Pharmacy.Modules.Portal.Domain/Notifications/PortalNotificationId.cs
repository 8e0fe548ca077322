using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Notifications;

public readonly record struct PortalNotificationId(Guid Value) : ITypedId<PortalNotificationId>
{
    public static PortalNotificationId From(Guid value) => new(value);

    public override string ToString() => Value.ToString();
}
