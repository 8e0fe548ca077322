using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescribers;

/// <summary>A prescriber's state licence as the CRM last told this module (its own read copy, replaced on each change).</summary>
public sealed class PrescriberLicence : Entity
{
    private PrescriberLicence()
    {
    }

    public Guid ProviderId { get; private set; }

    public string State { get; private set; } = "";

    public string Number { get; private set; } = "";

    public DateOnly ExpiresOn { get; private set; }

    /// <summary>When the CRM changed the prescriber's licences; an older change arriving late is ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public static PrescriberLicence Held(Guid providerId, string state, string number, DateOnly expiresOn, DateTimeOffset changedAt) =>
        new() { ProviderId = providerId, State = state.ToUpperInvariant(), Number = number, ExpiresOn = expiresOn, ChangedAt = changedAt };

    public bool IsValidIn(string state, DateOnly day) => string.Equals(State, state, StringComparison.OrdinalIgnoreCase) && day <= ExpiresOn;
}
