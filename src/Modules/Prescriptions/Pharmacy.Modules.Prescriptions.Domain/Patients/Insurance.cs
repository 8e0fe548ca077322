namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

/// <summary>
/// The patient's prescription coverage as printed on the card, for Billing to bill the payer: the processor's BIN
/// (6 digits) and PCN route the claim, the group and member id name the plan and the person.
/// </summary>
public sealed record Insurance(string PayerName, string Bin, string? Pcn, string? GroupNumber, string MemberId, CardholderRelationship Relationship);

/// <summary>How the patient is related to the person named on the insurance card.</summary>
public enum CardholderRelationship
{
    [Pharmacy.Shared.Kernel.DisplayText("Self (the cardholder)")]
    Self,
    Spouse,
    Child,
    Other,
}
