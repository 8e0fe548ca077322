using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.DomainEvents;
using Pharmacy.Shared.Infrastructure.Persistence;
using Wolverine;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// The receiving side of a module: applies an integration event once per handler. The inbox row and the handler's
/// command are saved in one SaveChanges, so a redelivered message finds its row and changes nothing; two deliveries of
/// the same message at once both apply it, and the inbox row's key refuses the second, which then changes nothing
/// either. Every outcome is reported to the relay, which owns retries and dead letters.
/// </summary>
/// <remarks>
/// The same shape as a command's unit of work: the reads happen before the write, which is one short transaction.
/// A write refused because a concurrent change of another handler of this module saved the same record first is
/// applied again at once from fresh reads, a few times, before it counts as a failed delivery. The handler changes
/// tracked entities (through a command of its module); a statement it ran by itself (ExecuteUpdate) would commit alone.
/// </remarks>
public sealed partial class Inbox<TContext>(
    TContext db, DomainEventDispatcher domainEvents, DeliveryTracker tracker, TimeProvider clock, ILogger<Inbox<TContext>> logger)
    where TContext : ModuleDbContext
{
    public const string MessageIdHeader = "pharmacy-message-id";
    private const int AttemptsOnWriteConflict = 3;

    /// <summary>Runs <paramref name="apply"/> (which sends one command of this module) unless this handler already applied the message.</summary>
    public async Task HandleOnceAsync(
        Type handlerType, IIntegrationEvent message, Envelope envelope, Func<CancellationToken, ValueTask> apply, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(envelope);
        var handler = IntegrationHandlerCatalog.HandlerName(handlerType);
        string? error;
        // One connection for the check, the handler's reads and the write.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            error = await ApplyOnceAsync(message, messageId, handler, apply, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        if (error is null)
        {
            tracker.Completed(messageId, handler);
        }
        else
        {
            tracker.Failed(messageId, handler, error);
        }
    }

    /// <summary>Null when the message is applied (now or before); otherwise what went wrong.</summary>
    private async Task<string?> ApplyOnceAsync(
        IIntegrationEvent message, Guid messageId, string handler, Func<CancellationToken, ValueTask> apply, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (!await AlreadyAppliedAsync(messageId, handler, cancellationToken))
                {
                    await ApplyAsync(message, messageId, handler, apply, cancellationToken);
                }

                return null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                // A concurrent delivery of the same message may have saved first, and this one was refused.
                if (exception is DbUpdateException && await AlreadyAppliedAsync(messageId, handler, cancellationToken))
                {
                    return null;
                }

                if (exception is DbUpdateException && attempt < AttemptsOnWriteConflict)
                {
                    continue;
                }

                // The exception text is kept for the dead-letter page; the log names only its type, never message content.
                LogHandlerFailed(logger, handler, messageId, message.GetType().Name, exception.GetType().Name);
                return $"{exception.GetType().Name}: {exception.Message}";
            }
        }
    }

    private async Task ApplyAsync(
        IIntegrationEvent message, Guid messageId, string handler, Func<CancellationToken, ValueTask> apply, CancellationToken cancellationToken)
    {
        db.InUnitOfWork = true;
        try
        {
            db.InboxMessages.Add(new InboxMessage(messageId, handler, message.GetType().Name, clock.GetUtcNow()));
            await apply(cancellationToken);
            await domainEvents.DispatchAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.InUnitOfWork = false;
        }
    }

    private Task<bool> AlreadyAppliedAsync(Guid messageId, string handler, CancellationToken cancellationToken) =>
        db.InboxMessages.AsNoTracking().AnyAsync(row => row.MessageId == messageId && row.Handler == handler, cancellationToken);

    private static Guid MessageIdOf(Envelope envelope) =>
        envelope.Headers.TryGetValue(MessageIdHeader, out var header) && Guid.TryParse(header, out var id) ? id : envelope.Id;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} could not apply message {MessageId} ({MessageType}): {ErrorType}; the relay will retry")]
    private static partial void LogHandlerFailed(ILogger logger, string handler, Guid messageId, string messageType, string errorType);
}
