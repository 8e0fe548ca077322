using Pharmacy.Modules.ProviderCrm.Domain.Organisations;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>A provider practises at an organisation (a clinic, a telehealth partner, a veterinary practice).</summary>
public sealed class OrganisationMembership
{
    private OrganisationMembership()
    {
    }

    internal OrganisationMembership(OrganisationId organisationId, string? role, DateTimeOffset now)
    {
        OrganisationId = organisationId;
        Role = role;
        JoinedAt = now;
    }

    public OrganisationId OrganisationId { get; private set; }

    /// <summary>What the provider does there ("Medical director"), when known.</summary>
    public string? Role { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }
}
