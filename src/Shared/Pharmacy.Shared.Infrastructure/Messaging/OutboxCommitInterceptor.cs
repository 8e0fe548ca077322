using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// Tells the module's relay about new outbox rows as soon as they are committed: after the explicit transaction
/// commits, or after a SaveChanges that ran in its own transaction. Never before commit, or the relay would look
/// and find nothing.
/// </summary>
public sealed class OutboxCommitInterceptor<TContext>(OutboxSignal<TContext> signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : ModuleDbContext
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AnnounceIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceIfCommitted(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Announce(eventData.Context);

    private void AnnounceIfCommitted(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Announce(context);
        }
    }

    private void Announce(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is ModuleDbContext { HasUnannouncedOutboxMessages: true } module)
        {
            module.HasUnannouncedOutboxMessages = false;
            signal.Notify();
        }
    }
}
