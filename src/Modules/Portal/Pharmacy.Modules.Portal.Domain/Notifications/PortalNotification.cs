using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Notifications;

/// <summary>
/// News for a clinic in the portal: an order moved on, the pharmacy asked a question or wrote a message. The text names
/// the order's number, never the patient, the same words the e-mail carries. Unread until someone of the clinic reads it.
/// </summary>
public sealed class PortalNotification : Entity, IOrganisationOwned
{
    private PortalNotification()
    {
    }

    public PortalNotificationId Id { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public PortalOrderId OrderId { get; private set; }

    public long OrderNumber { get; private set; }

    public string Text { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public string? ReadBy { get; private set; }

    public static PortalNotification About(PortalOrderId orderId, long orderNumber, Guid organisationId, string text, DateTimeOffset now) => new()
    {
        Id = TypedId.New<PortalNotificationId>(),
        OrganisationId = organisationId,
        OrderId = orderId,
        OrderNumber = orderNumber,
        Text = text,
        CreatedAt = now,
    };

    public void MarkRead(string by, DateTimeOffset now)
    {
        if (ReadAt is null)
        {
            ReadAt = now;
            ReadBy = by;
        }
    }
}
