using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>A prescriber the pharmacy works with, from first contact to active account.</summary>
public sealed partial class Provider : AggregateRoot
{
    private Provider()
    {
    }

    public ProviderId Id { get; private set; }

    /// <summary>The validated NPI, ten digits.</summary>
    public string Npi { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public Credential Credential { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Specialties as the provider describes them ("Endocrinology; Women's health"), when known.</summary>
    public string? Specialties { get; private set; }

    public ProviderStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public string DisplayName => $"{FirstName} {LastName}, {Credential}";

    public static Provider Register(
        Npi npi, string firstName, string lastName, Credential credential, string? email, string? phone,
        bool npiAlreadyRegistered, DateTimeOffset now, string? specialties = null, bool prospect = false) =>
        Register(TypedId.New<ProviderId>(), npi, firstName, lastName, credential, email, phone, npiAlreadyRegistered, now, specialties, prospect);

    /// <summary>Registers a provider whose id is already known (brought over from another system, or demo data).</summary>
    public static Provider Register(
        ProviderId id, Npi npi, string firstName, string lastName, Credential credential, string? email, string? phone,
        bool npiAlreadyRegistered, DateTimeOffset now, string? specialties = null, bool prospect = false)
    {
        CheckRule(new ProviderNpiMustBeUniqueRule(npiAlreadyRegistered, npi.Value));
        var provider = new Provider
        {
            Id = id,
            Npi = npi.Value,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            Credential = credential,
            Email = Optional(email),
            Phone = Optional(phone),
            Specialties = Optional(specialties),
            Status = prospect ? ProviderStatus.Prospect : ProviderStatus.Onboarding,
            StatusReason = prospect ? "First contact" : "Registered for onboarding",
            RegisteredAt = now,
            StatusChangedAt = now,
        };
        provider.Raise(new ProviderRegisteredDomainEvent(provider.Id, provider.Npi, now));
        return provider;
    }

    /// <summary>Changes how the provider is reached and what they practise; the NPI and name stay as registered.</summary>
    public void ChangeContactDetails(string? email, string? phone, string? specialties)
    {
        Email = Optional(email);
        Phone = Optional(phone);
        Specialties = Optional(specialties);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
