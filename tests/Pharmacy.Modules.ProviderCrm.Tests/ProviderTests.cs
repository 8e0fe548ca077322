using Bogus;
using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Modules.ProviderCrm.Domain.Providers;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Tests;

public sealed class ProviderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private readonly Faker _faker = new("en_US") { Random = new Randomizer(4711) };

    [Fact]
    public void A_new_provider_starts_in_onboarding_and_is_announced()
    {
        var provider = Register();

        Assert.Equal(ProviderStatus.Onboarding, provider.Status);
        Assert.IsType<ProviderRegisteredDomainEvent>(Assert.Single(provider.DomainEvents));
    }

    [Fact]
    public void Registering_an_NPI_that_is_already_registered_breaks_the_uniqueness_rule()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Register(npiAlreadyRegistered: true));

        Assert.IsType<ProviderNpiMustBeUniqueRule>(broken.BrokenRule);
    }

    [Fact]
    public void Activating_a_provider_in_onboarding_makes_them_active_and_says_so_to_the_other_modules()
    {
        var provider = Onboarded();
        provider.ClearDomainEvents();

        provider.Activate(Now.AddDays(3));

        Assert.Equal(ProviderStatus.Active, provider.Status);
        Assert.Equal(Now.AddDays(3), provider.ActivatedAt);
        var activated = Assert.IsType<ProviderActivatedDomainEvent>(Assert.Single(provider.DomainEvents));
        Assert.Equal(provider.Npi, activated.Npi);
    }

    [Fact]
    public void An_active_provider_cannot_be_activated_again()
    {
        var provider = Onboarded();
        provider.Activate(Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => provider.Activate(Now));

        Assert.IsType<ProviderMustBeOnboardingOrSuspendedToActivateRule>(broken.BrokenRule);
        Assert.Equal("The provider is already active.", broken.Message);
    }

    [Fact]
    public void Only_an_active_provider_can_be_suspended_and_a_suspended_one_can_be_reactivated()
    {
        var provider = Onboarded();
        Assert.Throws<BusinessRuleValidationException>(() => provider.Suspend("Licence lapsed", Now));

        provider.Activate(Now);
        provider.Suspend("Licence lapsed", Now.AddDays(1));
        Assert.Equal(ProviderStatus.Suspended, provider.Status);
        Assert.Equal("Licence lapsed", provider.StatusReason);

        provider.Activate(Now.AddDays(2), "Licence renewed");
        Assert.Equal(ProviderStatus.Active, provider.Status);
        Assert.Equal("Licence renewed", provider.StatusReason);
    }

    [Fact]
    public void Activation_is_refused_while_the_checklist_is_incomplete_and_the_message_names_what_is_missing()
    {
        var provider = Register();
        provider.RecordLicence("TX", "Q1234", ExpiresOn, Now);
        provider.TickOnboardingItem(OnboardingItem.LicenceVerified, "Morgan Ellis", Now);
        provider.TickOnboardingItem(OnboardingItem.AgreementSigned, "Morgan Ellis", Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => provider.Activate(Now));

        Assert.IsType<OnboardingChecklistMustBeCompleteToActivateRule>(broken.BrokenRule);
        Assert.Equal(
            "The provider cannot be activated until the onboarding checklist is complete. Still to tick: DEA verified, W-9 on file, Portal users invited.",
            broken.Message);
        Assert.Equal(ProviderStatus.Onboarding, provider.Status);
    }

    [Fact]
    public void Each_ticked_item_keeps_who_ticked_it_and_when_and_cannot_be_ticked_twice()
    {
        var provider = Register();

        provider.TickOnboardingItem(OnboardingItem.W9OnFile, "Morgan Ellis", Now);
        var twice = Assert.Throws<BusinessRuleValidationException>(() => provider.TickOnboardingItem(OnboardingItem.W9OnFile, "Sam Lee", Now.AddHours(1)));

        var tick = Assert.Single(provider.Onboarding);
        Assert.Equal(("Morgan Ellis", Now), (tick.TickedBy, tick.TickedAt));
        Assert.IsType<OnboardingItemMustNotBeTickedTwiceRule>(twice.BrokenRule);
    }

    [Fact]
    public void A_licence_cannot_be_verified_before_one_is_recorded()
    {
        var provider = Register();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => provider.TickOnboardingItem(OnboardingItem.LicenceVerified, "Morgan Ellis", Now));

        Assert.IsType<OnboardingItemNeedsItsRecordRule>(broken.BrokenRule);
    }

    [Fact]
    public void Recording_a_licence_again_in_the_same_state_renews_it_and_tells_the_other_modules_every_licence_held()
    {
        var provider = Register();
        provider.RecordLicence("tx", "Q1234", ExpiresOn, Now);
        provider.RecordLicence("CA", "A98765", ExpiresOn, Now);
        provider.ClearDomainEvents();

        provider.RecordLicence("TX", "Q5678", ExpiresOn.AddYears(2), Now.AddDays(1));

        Assert.Equal(2, provider.Licences.Count);
        var changed = Assert.IsType<ProviderLicencesChangedDomainEvent>(Assert.Single(provider.DomainEvents));
        Assert.Equal([new LicenceSnapshot("CA", "A98765", ExpiresOn), new LicenceSnapshot("TX", "Q5678", ExpiresOn.AddYears(2))], changed.Licences);
    }

    [Fact]
    public void Licences_and_registrations_recorded_together_leave_one_message_each_with_all_of_them_so_no_module_sees_half_of_them()
    {
        var provider = Register(lastName: "Brennan");
        provider.ClearDomainEvents();

        provider.RecordLicence("TX", "Q1234", ExpiresOn, Now);
        provider.RecordLicence("CA", "A98765", ExpiresOn, Now);
        provider.RecordLicence("NC", "N4321", ExpiresOn, Now);
        provider.RecordDeaRegistration("AB1234563", ["2", "3"], ExpiresOn, Now);
        provider.RecordDeaRegistration("AB1234563", ["2", "3", "4"], ExpiresOn, Now);

        Assert.Equal(2, provider.DomainEvents.Count);
        var licences = Assert.Single(provider.DomainEvents.OfType<ProviderLicencesChangedDomainEvent>());
        Assert.Equal(["CA", "NC", "TX"], licences.Licences.Select(licence => licence.State));
        var registrations = Assert.Single(provider.DomainEvents.OfType<ProviderDeaRegistrationsChangedDomainEvent>());
        Assert.Equal(["2", "3", "4"], Assert.Single(registrations.Registrations).Schedules);
    }

    [Theory]
    [InlineData("PR")] // a territory: not a state board
    [InlineData("ZZ")]
    public void A_licence_is_issued_by_one_of_the_50_states_or_DC(string state)
    {
        var provider = Register();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => provider.RecordLicence(state, "Q1234", ExpiresOn, Now));

        Assert.IsType<LicenceStateMustBeAStateOrDcRule>(broken.BrokenRule);
        Assert.Empty(provider.Licences);
    }

    [Fact]
    public void An_expired_licence_is_not_recorded()
    {
        var provider = Register();

        var broken = Assert.Throws<BusinessRuleValidationException>(() => provider.RecordLicence("TX", "Q1234", Today.AddDays(-1), Now));

        Assert.IsType<RecordedCredentialMustNotBeExpiredRule>(broken.BrokenRule);
    }

    [Fact]
    public void A_DEA_number_whose_second_letter_is_not_the_last_names_initial_is_refused()
    {
        var provider = Register(lastName: "Okafor");

        var broken = Assert.Throws<BusinessRuleValidationException>(() => provider.RecordDeaRegistration("AB1234563", ["2", "3"], ExpiresOn, Now));

        Assert.IsType<DeaNumberMustMatchTheLastNameRule>(broken.BrokenRule);
        Assert.Empty(provider.DeaRegistrations);
    }

    [Fact]
    public void A_DEA_registration_is_recorded_with_its_schedules_in_order_and_announced()
    {
        var provider = Register(lastName: "Brennan");
        provider.ClearDomainEvents();

        provider.RecordDeaRegistration("ab1234563", ["4", "2", "3N", "2"], ExpiresOn, Now);

        var registration = Assert.Single(provider.DeaRegistrations);
        Assert.Equal(("AB1234563", "2 3N 4"), (registration.Number, registration.Schedules));
        var changed = Assert.IsType<ProviderDeaRegistrationsChangedDomainEvent>(Assert.Single(provider.DomainEvents));
        Assert.Equal(["2", "3N", "4"], Assert.Single(changed.Registrations).Schedules);
    }

    [Fact]
    public void A_provider_may_practise_at_several_organisations_but_joins_each_once()
    {
        var provider = Register();
        var clinic = OrganisationId.From(Guid.NewGuid());
        var telehealth = OrganisationId.From(Guid.NewGuid());

        provider.JoinOrganisation(clinic, organisationExists: true, "Medical director", Now);
        provider.JoinOrganisation(telehealth, organisationExists: true, null, Now);
        var twice = Assert.Throws<BusinessRuleValidationException>(() => provider.JoinOrganisation(clinic, organisationExists: true, null, Now));

        Assert.Equal(2, provider.Memberships.Count);
        Assert.IsType<ProviderMustNotAlreadyPractiseThereRule>(twice.BrokenRule);
    }

    [Fact]
    public void A_prospect_starts_onboarding_and_an_active_provider_made_inactive_stops_prescribing()
    {
        var prospect = Provider.Register(
            Npi.Create("1245319599"), "Grace", "Adeyemi", Credential.ND, null, null, npiAlreadyRegistered: false, Now, prospect: true);
        Assert.Equal(ProviderStatus.Prospect, prospect.Status);
        prospect.StartOnboarding("Agreed to a pilot", Now);
        Assert.Equal((ProviderStatus.Onboarding, "Agreed to a pilot"), (prospect.Status, prospect.StatusReason));

        var active = Onboarded();
        active.Activate(Now);
        active.ClearDomainEvents();
        active.Deactivate("Retired from practice", Now.AddDays(1));

        Assert.Equal(ProviderStatus.Inactive, active.Status);
        Assert.IsType<ProviderSuspendedDomainEvent>(Assert.Single(active.DomainEvents));
        Assert.Throws<BusinessRuleValidationException>(() => active.Deactivate("Again", Now.AddDays(2)));
    }

    private static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private static DateOnly ExpiresOn => Today.AddYears(1);

    /// <summary>A provider with a licence and a DEA registration on record and every checklist item ticked.</summary>
    private Provider Onboarded()
    {
        var provider = Register(lastName: "Brennan");
        provider.RecordLicence("TX", "Q1234", ExpiresOn, Now);
        provider.RecordDeaRegistration("AB1234563", ["2", "3", "4", "5"], ExpiresOn, Now);
        foreach (var item in Enum.GetValues<OnboardingItem>())
        {
            provider.TickOnboardingItem(item, "Morgan Ellis", Now);
        }

        return provider;
    }

    private Provider Register(bool npiAlreadyRegistered = false, string? lastName = null) =>
        Provider.Register(
            Npi.Create("1234567893"), _faker.Name.FirstName(), lastName ?? _faker.Name.LastName(), Credential.MD, _faker.Internet.Email(),
            _faker.Phone.PhoneNumber(), npiAlreadyRegistered, Now);
}
