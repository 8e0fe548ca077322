using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders.Rules;

public sealed class AnswerNeedsAnOpenQuestionRule(OrderStatus status, bool prescriptionKnown) : IBusinessRule
{
    public bool IsBroken() => status != OrderStatus.NeedsClarification || !prescriptionKnown;

    public string Message => "The pharmacy has no open question on this order; there is nothing to answer.";
}
