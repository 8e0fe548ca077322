using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Messages.Rules;

public sealed class MessageMustBeWrittenRule(string? body) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(body) || body.Trim().Length > OrderMessage.MaxLength;

    public string Message => string.IsNullOrWhiteSpace(body)
        ? "Write the message before sending it."
        : $"A message holds at most {OrderMessage.MaxLength} characters; send a longer one in two parts.";
}
