using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Shared.Infrastructure.Audit;
using Pharmacy.Shared.Infrastructure.DomainEvents;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Security;

namespace Pharmacy.Shared.Infrastructure.Pipeline;

/// <summary>
/// One command, one write in its module's database: the handler reads and checks first, outside any transaction
/// (on SQLite a reader never waits for a writer), then the aggregate's changes, what its domain events lead to
/// (outbox rows, read models) and the audit rows of every changed aggregate commit together in one short transaction
/// that holds only the inserts and updates. What the reads could not settle is settled by the database: a unique index
/// refuses a duplicate, an aggregate's version refuses a concurrent change (ADR 0015). A command sent inside an open
/// unit (an inbox delivery) joins it, and the unit's owner saves. Queries pass through.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(
    IServiceProvider services, ModuleDbContextRegistry registry, DomainEventDispatcher domainEvents, UnitOfWork unitOfWork,
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
        if (db.InUnitOfWork)
        {
            var joined = await next(message, cancellationToken);
            await domainEvents.DispatchAsync(db, cancellationToken);
            return joined;
        }

        // One connection for the unit's reads and its write, instead of one taken from the pool per statement.
        await db.Database.OpenConnectionAsync(cancellationToken);
        db.InUnitOfWork = true;
        try
        {
            var response = await next(message, cancellationToken);
            await unitOfWork.SaveAsync(db, cancellationToken);
            return response;
        }
        finally
        {
            db.InUnitOfWork = false;
            await db.Database.CloseConnectionAsync();
        }
    }
}
