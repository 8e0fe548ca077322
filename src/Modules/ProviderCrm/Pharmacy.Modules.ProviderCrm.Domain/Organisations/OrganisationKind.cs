namespace Pharmacy.Modules.ProviderCrm.Domain.Organisations;

/// <summary>The kinds of organisation whose providers prescribe to the pharmacy.</summary>
public enum OrganisationKind
{
    Clinic,
    TelehealthPartner,
    VeterinaryPractice,
}
