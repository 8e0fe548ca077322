using Pharmacy.Modules.ProviderCrm.Domain.Organisations;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Tests;

public sealed class OrganisationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly Address Austin = Address.Of(" 1201 Barton Springs Rd ", "", "Austin", "tx", "78704");

    [Fact]
    public void A_registered_organisation_is_announced_with_its_address()
    {
        var clinic = Register();

        var changed = Assert.IsType<OrganisationChangedDomainEvent>(Assert.Single(clinic.DomainEvents));
        Assert.Equal(("Hill Country Family Clinic", OrganisationKind.Clinic), (changed.Name, changed.Kind));
        Assert.Equal(new Address("1201 Barton Springs Rd", null, "Austin", "TX", "78704"), changed.Address);
    }

    [Fact]
    public void A_second_organisation_of_the_same_name_is_refused()
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(() => Register(nameAlreadyRegistered: true));

        Assert.IsType<OrganisationNameMustBeUniqueRule>(broken.BrokenRule);
        Assert.Equal("An organisation named Hill Country Family Clinic is already registered.", broken.Message);
    }

    [Fact]
    public void Changing_the_details_tells_the_other_modules_again()
    {
        var clinic = Register();
        clinic.ClearDomainEvents();

        clinic.ChangeDetails("Hill Country Telehealth", OrganisationKind.TelehealthPartner, Austin, "(512) 555-0199", null, nameTakenByAnother: false, Now);

        var changed = Assert.IsType<OrganisationChangedDomainEvent>(Assert.Single(clinic.DomainEvents));
        Assert.Equal(OrganisationKind.TelehealthPartner, changed.Kind);
    }

    [Fact]
    public void A_contact_is_numbered_and_needs_an_email_or_a_phone()
    {
        var clinic = Register();

        clinic.AddContact("Rosa Delgado", "Practice manager", "rosa@hillcountry.example.org", null);
        clinic.AddContact("Ken Ito", null, null, "(512) 555-0177");
        var unreachable = Assert.Throws<BusinessRuleValidationException>(() => clinic.AddContact("Nobody", null, " ", null));

        Assert.Equal([1, 2], clinic.Contacts.Select(contact => contact.Number));
        Assert.IsType<ContactMustBeReachableRule>(unreachable.BrokenRule);
    }

    private static Organisation Register(bool nameAlreadyRegistered = false) =>
        Organisation.Register(
            "Hill Country Family Clinic ", OrganisationKind.Clinic, Austin, "(512) 555-0180", "office@hillcountry.example.org", nameAlreadyRegistered, Now);
}
