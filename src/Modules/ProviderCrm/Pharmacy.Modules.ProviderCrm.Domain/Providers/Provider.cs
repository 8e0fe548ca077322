using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>A prescriber the pharmacy works with, from first contact to active account.</summary>
public sealed class Provider : AggregateRoot
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

    public ProviderStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public string DisplayName => $"{FirstName} {LastName}, {Credential}";

    public static Provider Register(
        Npi npi, string firstName, string lastName, Credential credential, string? email, string? phone,
        bool npiAlreadyRegistered, DateTimeOffset now) =>
        Register(TypedId.New<ProviderId>(), npi, firstName, lastName, credential, email, phone, npiAlreadyRegistered, now);

    /// <summary>Registers a provider whose id is already known (brought over from another system, or demo data).</summary>
    public static Provider Register(
        ProviderId id, Npi npi, string firstName, string lastName, Credential credential, string? email, string? phone,
        bool npiAlreadyRegistered, DateTimeOffset now)
    {
        CheckRule(new ProviderNpiMustBeUniqueRule(npiAlreadyRegistered, npi.Value));
        var provider = new Provider
        {
            Id = id,
            Npi = npi.Value,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            Credential = credential,
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
            Status = ProviderStatus.Onboarding,
            RegisteredAt = now,
            StatusChangedAt = now,
        };
        provider.Raise(new ProviderRegisteredDomainEvent(provider.Id, provider.Npi, now));
        return provider;
    }

    public void Activate(DateTimeOffset now)
    {
        CheckRule(new ProviderMustBeOnboardingOrSuspendedToActivateRule(Status));
        Status = ProviderStatus.Active;
        StatusReason = null;
        ActivatedAt = now;
        StatusChangedAt = now;
        Raise(new ProviderActivatedDomainEvent(Id, Npi, FirstName, LastName, Credential, now));
    }

    public void Suspend(string reason, DateTimeOffset now)
    {
        CheckRule(new ProviderMustBeActiveToSuspendRule(Status));
        Status = ProviderStatus.Suspended;
        StatusReason = reason.Trim();
        StatusChangedAt = now;
        Raise(new ProviderSuspendedDomainEvent(Id, Npi, StatusReason, now));
    }
}
