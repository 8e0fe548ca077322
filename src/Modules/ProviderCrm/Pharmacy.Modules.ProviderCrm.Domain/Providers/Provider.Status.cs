using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>Prospect -> Onboarding -> Active -> Suspended / Inactive; every change carries its reason.</summary>
public sealed partial class Provider
{
    public const string ActivationReason = "Onboarding checklist complete";

    public void StartOnboarding(string reason, DateTimeOffset now)
    {
        CheckRule(new ProviderMustBeAProspectToStartOnboardingRule(Status));
        ChangeStatus(ProviderStatus.Onboarding, reason, now);
    }

    public void Activate(DateTimeOffset now, string? reason = null)
    {
        CheckRule(new ProviderMustBeOnboardingOrSuspendedToActivateRule(Status));
        CheckRule(new OnboardingChecklistMustBeCompleteToActivateRule(MissingOnboardingItems));
        ChangeStatus(ProviderStatus.Active, string.IsNullOrWhiteSpace(reason) ? ActivationReason : reason, now);
        ActivatedAt = now;
        Raise(new ProviderActivatedDomainEvent(Id, Npi, FirstName, LastName, Credential, now));
    }

    public void Suspend(string reason, DateTimeOffset now)
    {
        CheckRule(new ProviderMustBeActiveToSuspendRule(Status));
        ChangeStatus(ProviderStatus.Suspended, reason, now);
        Raise(new ProviderSuspendedDomainEvent(Id, Npi, StatusReason!, now));
    }

    /// <summary>The pharmacy no longer works with the provider; an active one stops prescribing at once.</summary>
    public void Deactivate(string reason, DateTimeOffset now)
    {
        CheckRule(new ProviderMustNotAlreadyBeInactiveRule(Status));
        var couldPrescribe = Status == ProviderStatus.Active;
        ChangeStatus(ProviderStatus.Inactive, reason, now);
        if (couldPrescribe)
        {
            Raise(new ProviderSuspendedDomainEvent(Id, Npi, $"Inactive: {StatusReason}", now));
        }
    }

    private void ChangeStatus(ProviderStatus status, string reason, DateTimeOffset now)
    {
        CheckRule(new StatusChangeMustGiveAReasonRule(reason));
        Status = status;
        StatusReason = reason.Trim();
        StatusChangedAt = now;
    }
}
