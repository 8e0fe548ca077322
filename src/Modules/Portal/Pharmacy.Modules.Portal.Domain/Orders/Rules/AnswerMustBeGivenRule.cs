using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Orders.Rules;

public sealed class AnswerMustBeGivenRule(string? answer) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(answer);

    public string Message => "Write the answer to the pharmacy's question.";
}
