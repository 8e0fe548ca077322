using Mediator;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Infrastructure.Pipeline;

/// <summary>
/// Refuses an act to a person outside the roles of the access rule the act names, whatever page or endpoint it came
/// through. Work of the system itself (integration event handlers) and API clients, whose scopes are checked at the
/// endpoint, pass.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user, AccessRules rules) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // Resolved for every caller, so that an act naming an undeclared rule fails for the system too, not only for people.
        var rule = rules.Of(typeof(TMessage));
        if (rule is not null && user.IsPerson && !rule.Roles.Any(user.IsInRole))
        {
            throw new ForbiddenActException($"Only {string.Join(", ", rule.Roles)} may do this.");
        }

        return next(message, cancellationToken);
    }
}
