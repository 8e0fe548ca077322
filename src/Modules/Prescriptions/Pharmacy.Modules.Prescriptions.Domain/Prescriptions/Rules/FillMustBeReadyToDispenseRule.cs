using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Prescriptions.Domain.Prescriptions;

public sealed class FillMustBeReadyToDispenseRule(int fillNumber, FillStatus status) : IBusinessRule
{
    public bool IsBroken() => status != FillStatus.ReadyToDispense;

    public string Message =>
        $"Fill {fillNumber} is {EnumText.InSentence(status)}; only a fill whose batch Quality released can be handed out.";
}
