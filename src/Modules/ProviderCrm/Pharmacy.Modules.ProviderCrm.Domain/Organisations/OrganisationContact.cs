namespace Pharmacy.Modules.ProviderCrm.Domain.Organisations;

/// <summary>A person the pharmacy talks to at an organisation (practice manager, billing, the medical director).</summary>
public sealed class OrganisationContact
{
    private OrganisationContact()
    {
    }

    internal OrganisationContact(int number, string name, string? role, string? email, string? phone)
    {
        Number = number;
        Name = name;
        Role = role;
        Email = email;
        Phone = phone;
    }

    /// <summary>1, 2, 3... in the order contacts were added.</summary>
    public int Number { get; private set; }

    public string Name { get; private set; } = "";

    public string? Role { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }
}
