using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.Portal.Domain.Orders;

namespace Pharmacy.Modules.Portal.Persistence;

internal sealed class PortalOrderConfiguration : IEntityTypeConfiguration<PortalOrder>
{
    public void Configure(EntityTypeBuilder<PortalOrder> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(order => order.Id);
        builder.HasIndex(order => order.Number).IsUnique();
        builder.HasIndex(order => new { order.OrganisationId, order.Number });
        builder.HasIndex(order => order.PrescriptionId);
        builder.HasIndex(order => order.RxNumber);
        builder.Property(order => order.PlacedBy).HasMaxLength(200);
        builder.Property(order => order.PatientFirstName).HasMaxLength(100);
        builder.Property(order => order.PatientLastName).HasMaxLength(100);
        builder.Property(order => order.PatientSex).HasMaxLength(10);
        builder.Property(order => order.PatientState).HasMaxLength(2);
        builder.Property(order => order.ShipTo).HasMaxLength(400);
        builder.Property(order => order.FormulaCode).HasMaxLength(40);
        builder.Property(order => order.FormulaName).HasMaxLength(200);
        builder.Property(order => order.QuantityAmount).HasPrecision(12, 3);
        builder.Property(order => order.Unit).HasMaxLength(20);
        builder.Ignore(order => order.Quantity);
        builder.Ignore(order => order.PatientName);
        builder.Property(order => order.Directions).HasMaxLength(1000);
        builder.Property(order => order.PrescriberNpi).HasMaxLength(10);
        builder.Property(order => order.PrescriberName).HasMaxLength(200);
        builder.Property(order => order.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(order => order.Question).HasMaxLength(2000);
        builder.Property(order => order.Answer).HasMaxLength(2000);
        builder.Property(order => order.HoldReason).HasMaxLength(1000);
        builder.Property(order => order.Carrier).HasMaxLength(60);
        builder.Property(order => order.TrackingNumber).HasMaxLength(100);
        builder.Property(order => order.RefillRequestedBy).HasMaxLength(200);
        builder.Property(order => order.RefillRequest).HasConversion<string>().HasMaxLength(12);
        builder.Property(order => order.RefillRequestNote).HasMaxLength(1000);
        builder.Ignore(order => order.CanRequestRefill);
    }
}
