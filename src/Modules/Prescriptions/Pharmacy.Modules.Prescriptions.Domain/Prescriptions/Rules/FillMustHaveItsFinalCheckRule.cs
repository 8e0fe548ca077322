using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>Nothing leaves the pharmacy before a pharmacist's final check of the filled product, signed.</summary>
public sealed class FillMustHaveItsFinalCheckRule(int fillNumber, bool isChecked) : IBusinessRule
{
    public bool IsBroken() => !isChecked;

    public string Message =>
        $"Fill {fillNumber} has not had its final check, so it cannot be picked up or shipped yet. A pharmacist must check the " +
        "filled product (right patient, preparation, quantity, label and beyond-use date) and sign the final check on the prescription's page first.";
}
