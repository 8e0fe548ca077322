using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Wolverine;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// The receiving side of a module: applies an integration event once per handler. The inbox row and the handler's
/// command commit in one transaction, so a redelivered message finds its row and changes nothing. Every outcome is
/// reported to the relay, which owns retries and dead letters.
/// </summary>
public sealed partial class Inbox<TContext>(TContext db, DeliveryTracker tracker, TimeProvider clock, ILogger<Inbox<TContext>> logger)
    where TContext : ModuleDbContext
{
    public const string MessageIdHeader = "pharmacy-message-id";

    /// <summary>Runs <paramref name="apply"/> (which sends one command of this module) unless this handler already applied the message.</summary>
    public async Task HandleOnceAsync(
        Type handlerType, IIntegrationEvent message, Envelope envelope, Func<CancellationToken, ValueTask> apply, CancellationToken cancellationToken)
    {
        var messageId = MessageIdOf(envelope);
        var handler = IntegrationHandlerCatalog.HandlerName(handlerType);
        string? error = null;
        try
        {
            if (!await AlreadyAppliedAsync(messageId, handler, cancellationToken))
            {
                await ApplyAsync(message, messageId, handler, apply, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            // A concurrent delivery of the same message may have committed first, and this one rolled back.
            if (exception is not DbUpdateException || !await AlreadyAppliedAsync(messageId, handler, cancellationToken))
            {
                // The exception text is kept for the dead-letter page; the log names only its type, never message content.
                LogHandlerFailed(logger, handler, messageId, message.GetType().Name, exception.GetType().Name);
                error = $"{exception.GetType().Name}: {exception.Message}";
            }
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

    private async Task ApplyAsync(
        IIntegrationEvent message, Guid messageId, string handler, Func<CancellationToken, ValueTask> apply, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await apply(cancellationToken);
        db.InboxMessages.Add(new InboxMessage(messageId, handler, message.GetType().Name, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<bool> AlreadyAppliedAsync(Guid messageId, string handler, CancellationToken cancellationToken) =>
        db.InboxMessages.AsNoTracking().AnyAsync(row => row.MessageId == messageId && row.Handler == handler, cancellationToken);

    private static Guid MessageIdOf(Envelope envelope) =>
        envelope.Headers.TryGetValue(MessageIdHeader, out var header) && Guid.TryParse(header, out var id) ? id : envelope.Id;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} could not apply message {MessageId} ({MessageType}): {ErrorType}; the relay will retry")]
    private static partial void LogHandlerFailed(ILogger logger, string handler, Guid messageId, string messageType, string errorType);
}
