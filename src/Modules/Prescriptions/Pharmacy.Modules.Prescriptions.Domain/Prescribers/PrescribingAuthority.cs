namespace Pharmacy.Modules.Prescriptions.Domain.Prescribers;

/// <summary>What a prescriber may prescribe, as far as this module knows: their state licences and DEA registrations.</summary>
public sealed record PrescribingAuthority(IReadOnlyList<PrescriberLicence> Licences, IReadOnlyList<PrescriberDeaRegistration> DeaRegistrations)
{
    public static readonly PrescribingAuthority None = new([], []);

    public bool IsLicensedIn(string state, DateOnly day) => Licences.Any(licence => licence.IsValidIn(state, day));

    /// <summary>The registration that covers a formula's schedule on the day, or null.</summary>
    public PrescriberDeaRegistration? RegistrationFor(string deaSchedule, DateOnly day) =>
        DeaRegistrations.FirstOrDefault(registration => registration.Covers(deaSchedule, day));
}
