namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>Where a prescriber stands with the pharmacy. Only an Active provider's prescriptions are accepted.</summary>
public enum ProviderStatus
{
    Prospect,
    Onboarding,
    Active,
    Suspended,
    Inactive,
}

/// <summary>The professional credential a prescriber holds.</summary>
public enum Credential
{
    MD,
    DO,
    NP,
    PA,
    DVM,
    DDS,
    DPM,
    ND,
}
