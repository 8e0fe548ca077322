namespace Pharmacy.Modules.Billing.Domain.Charges;

/// <summary>How much of a charge is still owed.</summary>
public enum ChargeStatus
{
    Open,
    PartiallyPaid,
    Paid,
}

/// <summary>Who is asked to pay: the patient (cash), the clinic (monthly statement) or an insurer (claim).</summary>
public enum PayerType
{
    Patient,
    Clinic,
    Insurer,
}

public enum PaymentMethod
{
    Cash,
    Card,
    Check,
}
