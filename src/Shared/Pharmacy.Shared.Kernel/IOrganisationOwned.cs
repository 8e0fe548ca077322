namespace Pharmacy.Shared.Kernel;

/// <summary>
/// A record a clinic, telehealth partner or veterinary practice may see: it carries the owning organisation's id (null:
/// the pharmacy's own). Portal users and partner API keys reach only the records of their organisation (ADR 0017).
/// </summary>
public interface IOrganisationOwned
{
    Guid? OrganisationId { get; }
}
