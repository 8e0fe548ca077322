namespace Pharmacy.Modules.ProviderCrm.Contracts;

/// <summary>A synchronous question to the CRM: who prescribes for an organisation (its portal lists them as the prescriber to order for).</summary>
public interface IOrganisationDirectory
{
    Task<IReadOnlyList<OrganisationPrescriber>> PrescribersOfAsync(Guid organisationId, CancellationToken cancellationToken);

    /// <summary>Where the organisation is told that something changed (its e-mail address on record), or null when it has none.</summary>
    Task<string?> NotificationAddressOfAsync(Guid organisationId, CancellationToken cancellationToken);
}

/// <summary>A provider who practises at the organisation, with the CRM status (only an Active one may prescribe).</summary>
public sealed record OrganisationPrescriber(Guid ProviderId, string Npi, string Name, string Status);
