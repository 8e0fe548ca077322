using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>What a provider holds (state licences, DEA registrations), where they practise, and their onboarding checklist.</summary>
public sealed partial class Provider
{
    private readonly List<StateLicence> _licences = [];
    private readonly List<DeaRegistration> _deaRegistrations = [];
    private readonly List<OrganisationMembership> _memberships = [];
    private readonly List<OnboardingTick> _onboarding = [];

    public IReadOnlyList<StateLicence> Licences => _licences.AsReadOnly();

    public IReadOnlyList<DeaRegistration> DeaRegistrations => _deaRegistrations.AsReadOnly();

    public IReadOnlyList<OrganisationMembership> Memberships => _memberships.AsReadOnly();

    public IReadOnlyList<OnboardingTick> Onboarding => _onboarding.AsReadOnly();

    /// <summary>The checklist items not ticked yet, in checklist order.</summary>
    public IReadOnlyList<OnboardingItem> MissingOnboardingItems =>
        [.. Enum.GetValues<OnboardingItem>().Where(item => _onboarding.All(tick => tick.Item != item))];

    /// <summary>Records the provider's licence in a state, or its renewal (a new number or expiry) when one is held there.</summary>
    public void RecordLicence(string state, string number, DateOnly expiresOn, DateTimeOffset now)
    {
        var code = state.Trim().ToUpperInvariant();
        CheckRule(new LicenceStateMustBeAStateOrDcRule(code));
        CheckRule(new RecordedCredentialMustNotBeExpiredRule("licence", expiresOn, DateOnly.FromDateTime(now.UtcDateTime)));
        var licence = _licences.SingleOrDefault(held => held.State == code);
        if (licence is null)
        {
            _licences.Add(new StateLicence(code, number.Trim(), expiresOn, now));
        }
        else
        {
            licence.Renew(number.Trim(), expiresOn, now);
        }

        RaiseSnapshot(new ProviderLicencesChangedDomainEvent(Id, Npi, [.. _licences.OrderBy(held => held.State).Select(LicenceSnapshot.Of)], now));
    }

    /// <summary>Records a DEA registration, or its renewal; the number's check digit and last-name letter must be right.</summary>
    public void RecordDeaRegistration(string number, IEnumerable<string> schedules, DateOnly expiresOn, DateTimeOffset now)
    {
        var normalized = DeaNumber.Normalize(number);
        var covered = DeaSchedules.Normalize(schedules);
        CheckRule(new DeaNumberMustBeWellFormedRule(normalized));
        CheckRule(new DeaNumberMustMatchTheLastNameRule(normalized, LastName));
        CheckRule(new DeaRegistrationMustCoverAScheduleRule(covered));
        CheckRule(new RecordedCredentialMustNotBeExpiredRule("DEA registration", expiresOn, DateOnly.FromDateTime(now.UtcDateTime)));
        var registration = _deaRegistrations.SingleOrDefault(held => held.Number == normalized);
        if (registration is null)
        {
            _deaRegistrations.Add(new DeaRegistration(normalized, covered, expiresOn, now));
        }
        else
        {
            registration.Renew(covered, expiresOn, now);
        }

        RaiseSnapshot(new ProviderDeaRegistrationsChangedDomainEvent(
            Id, Npi, [.. _deaRegistrations.OrderBy(held => held.Number).Select(DeaSnapshot.Of)], now));
    }

    /// <summary>Removes a licence recorded in error or no longer held; Prescriptions stops accepting it at once.</summary>
    public void RemoveLicence(string state, DateTimeOffset now)
    {
        var licence = _licences.SingleOrDefault(held => held.State == state.Trim().ToUpperInvariant());
        CheckRule(new CredentialMustBeHeldToRemoveItRule("licence", licence is not null));
        _licences.Remove(licence!);
        RaiseSnapshot(new ProviderLicencesChangedDomainEvent(Id, Npi, [.. _licences.OrderBy(held => held.State).Select(LicenceSnapshot.Of)], now));
    }

    /// <summary>Removes a DEA registration recorded in error or no longer held.</summary>
    public void RemoveDeaRegistration(string number, DateTimeOffset now)
    {
        var registration = _deaRegistrations.SingleOrDefault(held => held.Number == DeaNumber.Normalize(number));
        CheckRule(new CredentialMustBeHeldToRemoveItRule("DEA registration", registration is not null));
        _deaRegistrations.Remove(registration!);
        RaiseSnapshot(new ProviderDeaRegistrationsChangedDomainEvent(
            Id, Npi, [.. _deaRegistrations.OrderBy(held => held.Number).Select(DeaSnapshot.Of)], now));
    }

    public void JoinOrganisation(OrganisationId organisationId, bool organisationExists, string? role, DateTimeOffset now)
    {
        CheckRule(new OrganisationMustExistRule(organisationExists));
        CheckRule(new ProviderMustNotAlreadyPractiseThereRule(_memberships.Any(m => m.OrganisationId == organisationId)));
        _memberships.Add(new OrganisationMembership(organisationId, string.IsNullOrWhiteSpace(role) ? null : role.Trim(), now));
        Raise(new ProviderOrganisationsChangedDomainEvent(Id, [.. _memberships.Select(m => m.OrganisationId.Value)], now));
    }

    /// <summary>
    /// Ticks one onboarding item, optionally against one of the provider's documents; licence and DEA verification need a
    /// licence or registration on record.
    /// </summary>
    public void TickOnboardingItem(OnboardingItem item, string tickedBy, DateTimeOffset now, Guid? documentId = null, bool documentIsTheProviders = true)
    {
        var ticked = _onboarding.SingleOrDefault(tick => tick.Item == item);
        CheckRule(new OnboardingItemMustNotBeTickedTwiceRule(item, ticked));
        CheckRule(new OnboardingItemNeedsItsRecordRule(item, _licences.Count > 0, _deaRegistrations.Count > 0));
        CheckRule(new VerifyingDocumentMustBeTheProvidersRule(documentId is null || documentIsTheProviders));
        _onboarding.Add(new OnboardingTick(item, tickedBy, now, documentId));
    }
}
