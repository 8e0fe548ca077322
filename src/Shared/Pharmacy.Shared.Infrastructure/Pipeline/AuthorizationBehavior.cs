using System.Collections.Concurrent;
using System.Reflection;
using Mediator;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Infrastructure.Pipeline;

/// <summary>Refuses a command to a person whose roles are not among the command's allowed roles.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>?> AllowedRoles = new();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var roles = AllowedRoles.GetOrAdd(typeof(TMessage), type => type.GetCustomAttribute<AllowedRolesAttribute>()?.Roles);
        if (roles is not null && user.IsPerson && !roles.Any(user.IsInRole))
        {
            throw new ForbiddenActException($"Only {string.Join(", ", roles)} may do this.");
        }

        return next(message, cancellationToken);
    }
}
