using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Organisations;

/// <summary>A clinic, telehealth partner or veterinary practice whose providers prescribe to the pharmacy.</summary>
public sealed class Organisation : AggregateRoot
{
    private readonly List<OrganisationContact> _contacts = [];

    private Organisation()
    {
    }

    public OrganisationId Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    public Address Address { get; private set; } = null!;

    public string Phone { get; private set; } = "";

    public string? Email { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public IReadOnlyList<OrganisationContact> Contacts => _contacts.AsReadOnly();

    public static Organisation Register(
        string name, OrganisationKind kind, Address address, string phone, string? email, bool nameAlreadyRegistered, DateTimeOffset now) =>
        Register(TypedId.New<OrganisationId>(), name, kind, address, phone, email, nameAlreadyRegistered, now);

    public static Organisation Register(
        OrganisationId id, string name, OrganisationKind kind, Address address, string phone, string? email, bool nameAlreadyRegistered,
        DateTimeOffset now)
    {
        CheckRule(new OrganisationNameMustBeUniqueRule(nameAlreadyRegistered, name.Trim()));
        var organisation = new Organisation { Id = id, RegisteredAt = now };
        organisation.Set(name, kind, address, phone, email, now);
        return organisation;
    }

    public void ChangeDetails(string name, OrganisationKind kind, Address address, string phone, string? email, bool nameTakenByAnother, DateTimeOffset now)
    {
        CheckRule(new OrganisationNameMustBeUniqueRule(nameTakenByAnother, name.Trim()));
        Set(name, kind, address, phone, email, now);
    }

    public void AddContact(string name, string? role, string? email, string? phone)
    {
        CheckRule(new ContactMustBeReachableRule(email, phone));
        _contacts.Add(new OrganisationContact(
            _contacts.Count == 0 ? 1 : _contacts.Max(contact => contact.Number) + 1, name.Trim(), Optional(role), Optional(email), Optional(phone)));
    }

    private void Set(string name, OrganisationKind kind, Address address, string phone, string? email, DateTimeOffset now)
    {
        Name = name.Trim();
        Kind = kind;
        Address = address;
        Phone = phone.Trim();
        Email = Optional(email);
        Raise(new OrganisationChangedDomainEvent(Id, Name, Kind, Address, Phone, Email, now));
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
