using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Shared.Infrastructure.Pipeline;

/// <summary>
/// Checks every message before its handler: first the rules every input gets (<see cref="InputGuard"/>) and, for a
/// signing act, its signature; then the message's own FluentValidation validators. Errors become a 400 with field
/// errors (a form shows them by their fields).
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // A validator may read nested fields; it only runs on a message whose shape is whole.
        var failures = InputGuard.Check(message);
        if (failures.Count == 0 && message is ISignedCommand signed)
        {
            var signature = await SignatureInputValidator.Instance.ValidateAsync(signed.Signature, cancellationToken);
            failures.AddRange(signature.Errors.Select(error => new ValidationFailure($"{nameof(ISignedCommand.Signature)}.{error.PropertyName}", error.ErrorMessage)));
        }

        if (failures.Count == 0)
        {
            foreach (var validator in validators)
            {
                var result = await validator.ValidateAsync(message, cancellationToken);
                failures.AddRange(result.Errors);
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
