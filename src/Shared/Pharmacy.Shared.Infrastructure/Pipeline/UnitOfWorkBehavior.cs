using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.DomainEvents;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Infrastructure.Pipeline;

/// <summary>
/// One command, one transaction in its module's database: the aggregate's changes, what its domain events lead to
/// (outbox rows, read models) and the audit rows of every changed aggregate commit together or not at all. Joins a transaction already open
/// (an inbox delivery) instead of opening its own. Queries pass through.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(
    IServiceProvider services, ModuleDbContextRegistry registry, DomainEventDispatcher domainEvents,
    ICurrentUser user, SignatureScope signature, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || registry.ContextFor(typeof(TMessage).Assembly) is not { } contextType)
        {
            return await next(message, cancellationToken);
        }

        var db = (ModuleDbContext)services.GetRequiredService(contextType);
        db.AuditContext = new AuditContext(user.Id, user.Name, typeof(TMessage).Name, signature.Current);
        db.Clock = clock;
        if (db.Database.CurrentTransaction is not null)
        {
            var joined = await next(message, cancellationToken);
            await domainEvents.DispatchAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return joined;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await domainEvents.DispatchAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
