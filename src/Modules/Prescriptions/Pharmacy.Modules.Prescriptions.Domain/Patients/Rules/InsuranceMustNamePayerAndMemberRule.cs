using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Patients;

public sealed class InsuranceMustNamePayerAndMemberRule(Insurance insurance) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(insurance.PayerName) || string.IsNullOrWhiteSpace(insurance.MemberId);

    public string Message => "Enter the payer's name and the member id as printed on the insurance card.";
}
