using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

/// <summary>The final check is of the product in hand: its batch must have been released by Quality to this fill.</summary>
public sealed class FillMustBeReleasedToBeCheckedRule(int fillNumber, FillStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FillStatus.ReadyToDispense;

    public string Message =>
        $"Fill {fillNumber} is {EnumText.InSentence(status)}; the final check is made once Quality has released its batch to the fill.";
}
