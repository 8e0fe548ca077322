using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Persistence;
using Wolverine;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// Moves one module's committed integration events to the other modules over Wolverine's local queues. Woken right
/// after each commit, it also polls as a fallback so that what a crash left behind is sent after restart. A message is
/// marked processed only once every subscribing handler has applied it; failures are retried with growing delays and
/// end as dead letters.
/// </summary>
public sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal<TContext> signal,
    DeliveryTracker tracker,
    IntegrationHandlerCatalog catalog,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : ModuleDbContext
{
    private readonly MessagingOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Wolverine and the migrations must be up before anything is published.
        await WhenStarted(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? nextRetry = null;
            try
            {
                RelayPass pass;
                do
                {
                    pass = await RelayDueMessagesAsync(stoppingToken);
                }
                while (pass.Relayed == _options.BatchSize);

                nextRetry = pass.NextRetry;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRelayFailed(logger, typeof(TContext).Name, exception);
            }

            await signal.WaitAsync(WaitFor(nextRetry), stoppingToken);
        }
    }

    private sealed record RelayPass(int Relayed, DateTimeOffset? NextRetry);

    private async Task<RelayPass> RelayDueMessagesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(message => message.ProcessedAt == null && message.DeadLetteredAt == null
                && (message.NextAttemptAt == null || message.NextAttemptAt <= now))
            .OrderBy(message => message.Sequence)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count > 0)
        {
            await DeliverAsync(bus, due, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        // The earliest retry still waiting decides how long to sleep; read from the table, so it survives a restart.
        var nextRetry = await db.OutboxMessages.AsNoTracking()
            .Where(message => message.ProcessedAt == null && message.DeadLetteredAt == null && message.NextAttemptAt != null)
            .OrderBy(message => message.NextAttemptAt)
            .Select(message => message.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        return new RelayPass(due.Count, nextRetry);
    }

    /// <summary>
    /// One message at a time, in commit order: a provider activated then suspended must reach the prescription module in
    /// that order, although the two events go to different handlers on different queues.
    /// </summary>
    private async Task DeliverAsync(IMessageBus bus, List<OutboxMessage> due, CancellationToken cancellationToken)
    {
        foreach (var message in due)
        {
            var outcome = await await PublishAsync(bus, message, cancellationToken);
            tracker.Forget(message.MessageId);
            Record(message, outcome);
        }
    }

    private async Task<Task<DeliveryOutcome>> PublishAsync(IMessageBus bus, OutboxMessage message, CancellationToken cancellationToken)
    {
        IIntegrationEvent integrationEvent;
        try
        {
            integrationEvent = message.Deserialize();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Task.FromResult(new DeliveryOutcome(false, $"unreadable message: {exception.GetType().Name}: {exception.Message}"));
        }

        var handlers = catalog.HandlersFor(integrationEvent.GetType());
        if (handlers.Count == 0)
        {
            return Task.FromResult(DeliveryOutcome.Success);
        }

        var pending = tracker.Expect(message.MessageId, handlers);
        var delivery = new DeliveryOptions();
        delivery.Headers[Inbox<TContext>.MessageIdHeader] = message.MessageId.ToString();
        await bus.PublishAsync(integrationEvent, delivery);
        return pending.WaitAsync(_options.HandlerTimeout, cancellationToken);
    }

    private void Record(OutboxMessage message, DeliveryOutcome outcome)
    {
        var now = clock.GetUtcNow();
        if (outcome.Succeeded)
        {
            message.MarkProcessed(now);
            return;
        }

        message.RecordFailure(outcome.Error ?? "failed", now, _options.MaxAttempts, _options.RetryDelay(message.Attempts + 1));
        if (message.DeadLetteredAt is not null)
        {
            LogDeadLettered(logger, message.EventName, message.MessageId, message.Attempts);
        }
        else
        {
            LogWillRetry(logger, message.EventName, message.MessageId, message.Attempts, message.NextAttemptAt!.Value);
        }
    }

    private TimeSpan WaitFor(DateTimeOffset? nextRetry)
    {
        if (nextRetry is not { } retryAt)
        {
            return _options.PollInterval;
        }

        var untilRetry = retryAt - clock.GetUtcNow();
        return untilRetry <= TimeSpan.Zero ? TimeSpan.Zero : untilRetry < _options.PollInterval ? untilRetry : _options.PollInterval;
    }

    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox relay of {Context} failed; it tries again at the next poll")]
    private static partial void LogRelayFailed(ILogger logger, string context, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{EventName} {MessageId} failed (attempt {Attempts}); next attempt at {NextAttemptAt}")]
    private static partial void LogWillRetry(ILogger logger, string eventName, Guid messageId, int attempts, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{EventName} {MessageId} failed {Attempts} times and is now a dead letter")]
    private static partial void LogDeadLettered(ILogger logger, string eventName, Guid messageId, int attempts);
}
