using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Portal.Domain.Invoices;
using Pharmacy.Modules.Portal.Domain.Messages;
using Pharmacy.Modules.Portal.Domain.Notifications;

namespace Pharmacy.Modules.Portal.Persistence;

internal sealed class OrderMessageConfiguration : IEntityTypeConfiguration<OrderMessage>
{
    public void Configure(EntityTypeBuilder<OrderMessage> builder)
    {
        builder.ToTable("order_messages");
        builder.HasKey(message => message.Id);
        builder.HasIndex(message => new { message.OrderId, message.SentAt });
        // The inbox and the unread counts: unread messages of one side.
        builder.HasIndex(message => new { message.From, message.ReadAt });
        builder.Property(message => message.From).HasConversion<string>().HasMaxLength(10);
        builder.Property(message => message.Author).HasMaxLength(200);
        builder.Property(message => message.Body).HasMaxLength(OrderMessage.MaxLength);
        builder.Property(message => message.ReadBy).HasMaxLength(200);
        builder.Ignore(message => message.IsUnread);
    }
}

internal sealed class PortalNotificationConfiguration : IEntityTypeConfiguration<PortalNotification>
{
    public void Configure(EntityTypeBuilder<PortalNotification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(notification => notification.Id);
        builder.HasIndex(notification => new { notification.OrganisationId, notification.CreatedAt });
        builder.Property(notification => notification.Text).HasMaxLength(400);
        builder.Property(notification => notification.ReadBy).HasMaxLength(200);
    }
}

internal sealed class OrderChargeConfiguration : IEntityTypeConfiguration<OrderCharge>
{
    public void Configure(EntityTypeBuilder<OrderCharge> builder)
    {
        builder.ToTable("order_charges");
        builder.HasKey(charge => charge.ChargeId);
        builder.HasIndex(charge => new { charge.OrganisationId, charge.ChargedAt });
        builder.Property(charge => charge.Payer).HasConversion<string>().HasMaxLength(10);
        builder.Property(charge => charge.Amount).HasPrecision(12, 2);
        builder.Property(charge => charge.Paid).HasPrecision(12, 2);
        builder.Property(charge => charge.Currency).HasMaxLength(3);
        builder.Ignore(charge => charge.Balance);
    }
}
