namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>A state's licence to practise: one per state, renewed by recording the new number and expiry.</summary>
public sealed class StateLicence
{
    private StateLicence()
    {
    }

    internal StateLicence(string state, string number, DateOnly expiresOn, DateTimeOffset now)
    {
        State = state;
        Renew(number, expiresOn, now);
    }

    public string State { get; private set; } = "";

    public string Number { get; private set; } = "";

    public DateOnly ExpiresOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsValidOn(DateOnly day) => day <= ExpiresOn;

    internal void Renew(string number, DateOnly expiresOn, DateTimeOffset now)
    {
        Number = number;
        ExpiresOn = expiresOn;
        RecordedAt = now;
    }
}
