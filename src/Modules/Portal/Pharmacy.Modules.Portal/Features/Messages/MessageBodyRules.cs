using FluentValidation;

namespace Pharmacy.Modules.Portal.Features.Messages;

/// <summary>What a message on an order must hold, whichever side writes it (its length is the input guard's).</summary>
internal static class MessageBodyRules
{
    public static IRuleBuilderOptions<T, string> MessageBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Write the message before sending it.");
}
