using Bogus;
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
        var provider = Register();
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
        var provider = Register();
        provider.Activate(Now);

        var broken = Assert.Throws<BusinessRuleValidationException>(() => provider.Activate(Now));

        Assert.IsType<ProviderMustBeOnboardingOrSuspendedToActivateRule>(broken.BrokenRule);
        Assert.Equal("The provider is already active.", broken.Message);
    }

    [Fact]
    public void Only_an_active_provider_can_be_suspended_and_a_suspended_one_can_be_reactivated()
    {
        var provider = Register();
        Assert.Throws<BusinessRuleValidationException>(() => provider.Suspend("Licence lapsed", Now));

        provider.Activate(Now);
        provider.Suspend("Licence lapsed", Now.AddDays(1));
        Assert.Equal(ProviderStatus.Suspended, provider.Status);
        Assert.Equal("Licence lapsed", provider.StatusReason);

        provider.Activate(Now.AddDays(2));
        Assert.Equal(ProviderStatus.Active, provider.Status);
        Assert.Null(provider.StatusReason);
    }

    private Provider Register(bool npiAlreadyRegistered = false) =>
        Provider.Register(
            Npi.Create("1234567893"), _faker.Name.FirstName(), _faker.Name.LastName(), Credential.MD, _faker.Internet.Email(),
            _faker.Phone.PhoneNumber(), npiAlreadyRegistered, Now);
}
