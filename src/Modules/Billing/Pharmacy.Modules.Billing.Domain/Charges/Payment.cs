using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

/// <summary>Money received against a charge: how much, how, by whom and when. Never changed once taken.</summary>
public sealed class Payment : Entity
{
    private Payment()
    {
    }

    internal Payment(ChargeId chargeId, Money amount, PaymentMethod method, string receivedBy, DateTimeOffset receivedAt)
    {
        Id = TypedId.New<PaymentId>();
        ChargeId = chargeId;
        Amount = amount;
        Method = method;
        ReceivedBy = receivedBy;
        ReceivedAt = receivedAt;
    }

    public PaymentId Id { get; private set; }

    public ChargeId ChargeId { get; private set; }

    public Money Amount { get; private set; } = Money.Zero();

    public PaymentMethod Method { get; private set; }

    public string ReceivedBy { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }
}
