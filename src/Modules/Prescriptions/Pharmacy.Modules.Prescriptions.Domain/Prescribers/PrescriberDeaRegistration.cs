using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescribers;

/// <summary>A prescriber's DEA registration as the CRM last told this module: number, schedules covered, expiry.</summary>
public sealed class PrescriberDeaRegistration : Entity
{
    private PrescriberDeaRegistration()
    {
    }

    public Guid ProviderId { get; private set; }

    public string Number { get; private set; } = "";

    /// <summary>The DEA schedules covered, space separated: "2 2N 3 3N 4 5".</summary>
    public string Schedules { get; private set; } = "";

    public DateOnly ExpiresOn { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static PrescriberDeaRegistration Held(
        Guid providerId, string number, IEnumerable<string> schedules, DateOnly expiresOn, DateTimeOffset changedAt) =>
        new() { ProviderId = providerId, Number = number, Schedules = string.Join(' ', schedules), ExpiresOn = expiresOn, ChangedAt = changedAt };

    public bool Covers(string deaSchedule, DateOnly day) =>
        day <= ExpiresOn && Schedules.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(deaSchedule, StringComparer.OrdinalIgnoreCase);
}
