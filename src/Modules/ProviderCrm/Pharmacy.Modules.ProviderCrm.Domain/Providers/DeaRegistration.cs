namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>A DEA registration: its number, the schedules it covers ("2 2N 3 3N 4 5") and when it expires.</summary>
public sealed class DeaRegistration
{
    private DeaRegistration()
    {
    }

    internal DeaRegistration(string number, IReadOnlyList<string> schedules, DateOnly expiresOn, DateTimeOffset now)
    {
        Number = number;
        Renew(schedules, expiresOn, now);
    }

    public string Number { get; private set; } = "";

    /// <summary>The schedules covered, space separated in their usual order.</summary>
    public string Schedules { get; private set; } = "";

    public DateOnly ExpiresOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<string> ScheduleList => Schedules.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    internal void Renew(IReadOnlyList<string> schedules, DateOnly expiresOn, DateTimeOffset now)
    {
        Schedules = string.Join(' ', schedules);
        ExpiresOn = expiresOn;
        RecordedAt = now;
    }
}
