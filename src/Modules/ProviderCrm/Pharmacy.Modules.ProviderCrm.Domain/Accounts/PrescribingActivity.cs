using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Accounts;

/// <summary>
/// One prescription a provider sent, as Prescriptions announced it, and what its fills earned, as Billing announced their
/// charges: what the account manager's dashboard counts per provider and month and adds up per organisation.
/// </summary>
public sealed class PrescribingActivity : Entity
{
    private PrescribingActivity()
    {
    }

    public long RxNumber { get; private set; }

    public Guid ProviderId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The first day of the month (in the pharmacy's time zone) the prescription arrived in: the dashboard groups by it.</summary>
    public DateOnly ReceivedMonth { get; private set; }

    public decimal Revenue { get; private set; }

    public string Currency { get; private set; } = "USD";

    public static PrescribingActivity Received(long rxNumber, Guid providerId, DateTimeOffset receivedAt, DateOnly localDay) => new()
    {
        RxNumber = rxNumber,
        ProviderId = providerId,
        ReceivedAt = receivedAt,
        ReceivedMonth = new DateOnly(localDay.Year, localDay.Month, 1),
    };

    /// <summary>A fill of the prescription was charged (each fill once: Billing charges a fill once).</summary>
    public void Charged(decimal amount, string currency)
    {
        Revenue += amount;
        Currency = currency;
    }
}
