using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;

namespace Pharmacy.Modules.ProviderCrm.Persistence;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    private const string ProviderIdColumn = "ProviderId";

    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.ToTable("providers");
        builder.HasKey(provider => provider.Id);
        builder.Property(provider => provider.Npi).HasMaxLength(10).IsRequired();
        builder.HasIndex(provider => provider.Npi).IsUnique();
        builder.Property(provider => provider.FirstName).HasMaxLength(100).IsRequired();
        builder.Property(provider => provider.LastName).HasMaxLength(100).IsRequired();
        builder.HasIndex(provider => provider.LastName);
        builder.Property(provider => provider.Credential).HasConversion<string>().HasMaxLength(10);
        builder.Property(provider => provider.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(provider => provider.StatusReason).HasMaxLength(500);
        builder.Property(provider => provider.Email).HasMaxLength(254);
        builder.Property(provider => provider.Phone).HasMaxLength(30);
        builder.Property(provider => provider.Specialties).HasMaxLength(300);
        builder.Ignore(provider => provider.DisplayName);
        builder.Ignore(provider => provider.DomainEvents);
        builder.Ignore(provider => provider.MissingOnboardingItems);

        builder.OwnsMany(provider => provider.Licences, licence =>
        {
            licence.ToTable("provider_licences");
            licence.WithOwner().HasForeignKey(ProviderIdColumn);
            licence.HasKey(ProviderIdColumn, nameof(StateLicence.State));
            licence.Property(l => l.State).HasMaxLength(2);
            licence.Property(l => l.Number).HasMaxLength(30).IsRequired();
        });
        builder.Navigation(provider => provider.Licences).HasField("_licences");

        builder.OwnsMany(provider => provider.DeaRegistrations, registration =>
        {
            registration.ToTable("provider_dea_registrations");
            registration.WithOwner().HasForeignKey(ProviderIdColumn);
            registration.HasKey(ProviderIdColumn, nameof(DeaRegistration.Number));
            registration.Property(r => r.Number).HasMaxLength(9);
            registration.Property(r => r.Schedules).HasMaxLength(20).IsRequired();
            registration.Ignore(r => r.ScheduleList);
        });
        builder.Navigation(provider => provider.DeaRegistrations).HasField("_deaRegistrations");

        builder.OwnsMany(provider => provider.Memberships, membership =>
        {
            membership.ToTable("provider_memberships");
            membership.WithOwner().HasForeignKey(ProviderIdColumn);
            membership.HasKey(ProviderIdColumn, nameof(OrganisationMembership.OrganisationId));
            membership.HasIndex(m => m.OrganisationId);
            membership.Property(m => m.Role).HasMaxLength(100);
        });
        builder.Navigation(provider => provider.Memberships).HasField("_memberships");

        builder.OwnsMany(provider => provider.Onboarding, tick =>
        {
            tick.ToTable("provider_onboarding_items");
            tick.WithOwner().HasForeignKey(ProviderIdColumn);
            tick.Property(t => t.Item).HasConversion<string>().HasMaxLength(30);
            tick.HasKey(ProviderIdColumn, nameof(OnboardingTick.Item));
            tick.Property(t => t.TickedBy).HasMaxLength(200).IsRequired();
            tick.HasIndex(t => t.DocumentId);
        });
        builder.Navigation(provider => provider.Onboarding).HasField("_onboarding");
    }
}
