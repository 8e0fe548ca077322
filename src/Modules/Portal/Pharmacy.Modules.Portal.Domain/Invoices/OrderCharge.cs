using Pharmacy.Modules.Portal.Domain.Orders;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Invoices;

/// <summary>Who pays a charge, as Billing names it: the patient (cash), the clinic (monthly statement) or an insurer (claim).</summary>
public enum ChargePayer
{
    Patient,
    Clinic,
    Insurer,
}

/// <summary>
/// What the pharmacy charged for a fill of one of the clinic's orders, and what has been paid against it, as Billing's
/// events told it. Belongs to the order's organisation, which alone sees it.
/// </summary>
public sealed class OrderCharge : Entity, IOrganisationOwned
{
    private OrderCharge()
    {
    }

    /// <summary>Billing's id of the charge: a charge is recorded once, whatever number of times its event arrives.</summary>
    public Guid ChargeId { get; private set; }

    public PortalOrderId OrderId { get; private set; }

    public long OrderNumber { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public long RxNumber { get; private set; }

    public ChargePayer Payer { get; private set; }

    public decimal Amount { get; private set; }

    public decimal Paid { get; private set; }

    public string Currency { get; private set; } = "USD";

    public DateTimeOffset ChargedAt { get; private set; }

    public bool Settled { get; private set; }

    public decimal Balance => Amount - Paid;

    public static OrderCharge Of(PortalOrder order, Guid chargeId, ChargePayer payer, decimal amount, string currency, DateTimeOffset chargedAt) => new()
    {
        ChargeId = chargeId,
        OrderId = order.Id,
        OrderNumber = order.Number,
        OrganisationId = order.OrganisationId,
        RxNumber = order.RxNumber ?? 0,
        Payer = payer,
        Amount = amount,
        Currency = currency,
        ChargedAt = chargedAt,
    };

    /// <summary>A payment Billing accepted: Billing never takes more than the balance, so the paid amount stays within the charge.</summary>
    public void RecordPayment(decimal amount, bool settled)
    {
        Paid = Math.Min(Amount, Paid + amount);
        Settled = settled || Paid == Amount;
    }
}
