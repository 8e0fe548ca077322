using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescribers;

/// <summary>
/// This module's own record of a prescriber, kept up to date from the CRM's events. Prescriptions check it;
/// they never ask the CRM.
/// </summary>
public sealed class Prescriber : Entity
{
    private Prescriber()
    {
    }

    /// <summary>The CRM's provider id.</summary>
    public Guid ProviderId { get; private set; }

    public string Npi { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string Credential { get; private set; } = "";

    public bool IsActive { get; private set; }

    /// <summary>When the CRM activated the provider.</summary>
    public DateTimeOffset ActivatedAt { get; private set; }

    /// <summary>When this module learned of the latest status change.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? SuspendedAt { get; private set; }

    public string? SuspensionReason { get; private set; }

    public string DisplayName => $"{FirstName} {LastName}, {Credential}";

    public static Prescriber Activated(
        Guid providerId, string npi, string firstName, string lastName, string credential, DateTimeOffset activatedAt, DateTimeOffset now)
    {
        var prescriber = new Prescriber { ProviderId = providerId };
        prescriber.Activate(npi, firstName, lastName, credential, activatedAt, now);
        return prescriber;
    }

    public void Activate(string npi, string firstName, string lastName, string credential, DateTimeOffset activatedAt, DateTimeOffset now)
    {
        Npi = npi;
        FirstName = firstName;
        LastName = lastName;
        Credential = credential;
        IsActive = true;
        ActivatedAt = activatedAt;
        SuspendedAt = null;
        SuspensionReason = null;
        RecordedAt = now;
    }

    public void Suspend(string reason, DateTimeOffset suspendedAt, DateTimeOffset now)
    {
        IsActive = false;
        SuspendedAt = suspendedAt;
        SuspensionReason = reason;
        RecordedAt = now;
    }
}
