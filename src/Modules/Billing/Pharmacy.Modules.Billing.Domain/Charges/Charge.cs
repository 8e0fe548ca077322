using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Billing.Domain.Charges;

/// <summary>
/// What a payer owes for one dispensed fill: the formula's price per unit (the list price, or the pricing agreement in force
/// on the day of dispensing) times the quantity, in whole cents,
/// and what has been paid against it. A fill is charged once.
/// </summary>
public sealed class Charge : AggregateRoot
{
    private readonly List<Payment> _payments = [];

    private Charge()
    {
    }

    public ChargeId Id { get; private set; }

    public Guid FillId { get; private set; }

    public Guid PrescriptionId { get; private set; }

    public long RxNumber { get; private set; }

    public Guid PrescriberId { get; private set; }

    public string FormulaCode { get; private set; } = "";

    /// <summary>How many dispensing units were dispensed: the price per unit is multiplied by it.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>The dispensing unit the price is per (capsule, mL, g); empty until the charge is priced.</summary>
    public string Unit { get; private set; } = "";

    /// <summary>The list price per unit the charge was priced at; $0.00 until it is priced.</summary>
    public Money UnitPrice { get; private set; } = Money.Zero();

    /// <summary>The CRM pricing agreement the charge was priced with; none when at the list price.</summary>
    public Guid? PricingAgreementId { get; private set; }

    public Money Amount { get; private set; } = Money.Zero();

    public Money AmountPaid { get; private set; } = Money.Zero();

    /// <summary>Every amount of a charge is in one currency, stored once for the row.</summary>
    public string Currency => Amount.Currency;

    public PayerType PayerType { get; private set; }

    public string PayerName { get; private set; } = "";

    public ChargeStatus Status { get; private set; }

    /// <summary>The formula had no list price when the fill was dispensed: the charge waits for someone to price it.</summary>
    public bool NeedsPricing { get; private set; }

    public DateTimeOffset DispensedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public IReadOnlyList<Payment> Payments => _payments;

    public Money Balance => Amount - AmountPaid;

    /// <summary>Quantity times price per unit, rounded to cents once, on the total (never per unit).</summary>
    public static Money PriceOf(decimal quantity, Money pricePerUnit) => (pricePerUnit * quantity).RoundedToCents();

    /// <summary>
    /// Charges a dispensed fill to the patient (cash). Without a list price the charge is still made, at $0.00 and flagged,
    /// so that the dispensed fill is never lost to billing; it is announced once priced.
    /// </summary>
    public static Charge ForDispensedFill(DispensedFill fill, ListPrice? price, DateTimeOffset now)
    {
        var charge = new Charge
        {
            Id = TypedId.New<ChargeId>(),
            FillId = fill.FillId,
            PrescriptionId = fill.PrescriptionId,
            RxNumber = fill.RxNumber,
            PrescriberId = fill.PrescriberId,
            FormulaCode = fill.FormulaCode,
            Quantity = fill.Quantity,
            PayerType = PayerType.Patient,
            PayerName = fill.PayerName.Trim(),
            Status = ChargeStatus.Open,
            NeedsPricing = true,
            DispensedAt = fill.DispensedAt,
            CreatedAt = now,
        };
        if (price is not null)
        {
            charge.ApplyPrice(price, now);
        }

        return charge;
    }

    /// <summary>Prices a charge made without a list price, now that the price list has one.</summary>
    public void Price(ListPrice? price, DateTimeOffset now)
    {
        CheckRule(new ChargeMustNeedPricingToBePricedRule(NeedsPricing, Amount));
        CheckRule(new FormulaMustBeOnThePriceListRule(price, FormulaCode));
        ApplyPrice(price!, now);
    }

    public Payment RecordPayment(Money amount, PaymentMethod method, string receivedBy, DateTimeOffset now)
    {
        CheckRule(new ChargeMustBePricedBeforePaymentRule(NeedsPricing, RxNumber));
        CheckRule(new ChargeMustNotBeSettledRule(Status, RxNumber));
        CheckRule(new PaymentAmountMustBePositiveRule(amount));
        CheckRule(new PaymentAmountMustBeInWholeCentsRule(amount));
        CheckRule(new PaymentMustNotExceedBalanceRule(amount, Balance));

        var payment = new Payment(Id, amount, method, receivedBy, now);
        _payments.Add(payment);
        AmountPaid += amount;
        var settled = Balance.IsZero;
        Status = settled ? ChargeStatus.Paid : ChargeStatus.PartiallyPaid;
        PaidAt = settled ? now : null;
        Raise(new PaymentReceivedDomainEvent(Id, payment.Id, amount, method, settled, now));
        return payment;
    }

    private void ApplyPrice(ListPrice price, DateTimeOffset now)
    {
        UnitPrice = price.PerUnit;
        Unit = price.Unit;
        PricingAgreementId = price.AgreementId;
        Amount = PriceOf(Quantity, price.PerUnit);
        NeedsPricing = false;
        Raise(new ChargeCreatedDomainEvent(Id, FillId, RxNumber, Amount, PayerType, now));
    }
}
