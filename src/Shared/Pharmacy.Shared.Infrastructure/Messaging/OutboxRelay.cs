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
/// after each commit, it also polls as a fallback so that what a crash left behind is sent after restart. It hands the
/// due messages over in batches, keeping commit order for every handler and every receiving module (ADR 0010). A
/// message is marked processed only once every subscribing handler has applied it; failures are retried with growing
/// delays and end as dead letters.
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
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(message => message.ProcessedAt == null && message.DeadLetteredAt == null
                && (message.NextAttemptAt == null || message.NextAttemptAt <= now))
            .OrderBy(message => message.Sequence)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count > 0)
        {
            await RecordAsync(db, await DeliverAsync(bus, due, cancellationToken), cancellationToken);
        }

        if (due.Count == _options.BatchSize)
        {
            return new RelayPass(due.Count, null);
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
    /// The batch, in commit order, handed over a run at a time (ADR 0010). Each handler has a sequential queue of its
    /// own, so the messages of a run that go to the same handler are applied in commit order; a run never gives two
    /// different handlers of one module messages at once, because those share the module's data (a provider activated,
    /// then suspended: two handlers of Prescriptions, one prescriber row). A message that would do so starts the next
    /// run, once every message of this one has been answered.
    /// </summary>
    private async Task<List<Delivery>> DeliverAsync(IMessageBus bus, List<OutboxMessage> due, CancellationToken cancellationToken)
    {
        var deliveries = new List<Delivery>(due.Count);
        var run = new List<(OutboxMessage Message, PendingDelivery Pending)>();
        var handlerOfModule = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var message in due)
        {
            IIntegrationEvent integrationEvent;
            try
            {
                integrationEvent = message.Deserialize();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                deliveries.Add(new Delivery(message, new DeliveryOutcome(false, $"unreadable message: {exception.GetType().Name}: {exception.Message}")));
                continue;
            }

            var handlers = catalog.HandlersFor(integrationEvent.GetType());
            if (handlers.Count == 0)
            {
                deliveries.Add(new Delivery(message, DeliveryOutcome.Success));
                continue;
            }

            if (!Joins(handlers, handlerOfModule))
            {
                await AwaitRunAsync(run, deliveries, cancellationToken);
                run.Clear();
                handlerOfModule.Clear();
                Joins(handlers, handlerOfModule);
            }

            var pending = tracker.Expect(message.MessageId, handlers);
            var delivery = new DeliveryOptions();
            delivery.Headers[Inbox<TContext>.MessageIdHeader] = message.MessageId.ToString();
            await bus.PublishAsync(integrationEvent, delivery);
            run.Add((message, pending));
        }

        await AwaitRunAsync(run, deliveries, cancellationToken);
        return deliveries;
    }

    /// <summary>
    /// Whether a message to these handlers may join the run, and if so, takes note of them. A module with two handlers
    /// of one message is noted as taken by no single handler, so that nothing else of that module joins.
    /// </summary>
    private bool Joins(IReadOnlyList<string> handlers, Dictionary<string, string?> handlerOfModule)
    {
        foreach (var handler in handlers)
        {
            if (handlerOfModule.TryGetValue(catalog.ModuleOf(handler), out var taken) && taken != handler)
            {
                return false;
            }
        }

        foreach (var group in handlers.GroupBy(catalog.ModuleOf))
        {
            handlerOfModule[group.Key] = group.Count() == 1 ? group.Single() : null;
        }

        return true;
    }

    /// <summary>
    /// Waits for the run's answers in commit order: a handler answers its queue in that order, so each message gets the
    /// whole handler timeout from the answer before it. Once one message went unanswered, the rest of its run are not
    /// waited for: what has not answered by then is sent again later (the inbox applies it once).
    /// </summary>
    private async Task AwaitRunAsync(List<(OutboxMessage Message, PendingDelivery Pending)> run, List<Delivery> deliveries, CancellationToken cancellationToken)
    {
        DeliveryOutcome? stalled = null;
        foreach (var (message, pending) in run)
        {
            var outcome = stalled is null || pending.IsAnswered
                ? await pending.WaitAsync(stalled is null ? _options.HandlerTimeout : TimeSpan.Zero, cancellationToken)
                : new DeliveryOutcome(false, $"not answered after an earlier message of its batch went unanswered: {stalled.Error}") { TimedOut = true };
            if (outcome.TimedOut && stalled is null)
            {
                stalled = outcome;
            }

            tracker.Forget(message.MessageId);
            deliveries.Add(new Delivery(message, outcome));
        }
    }

    /// <summary>Every delivered message of the pass is marked processed in one statement; each failure is recorded on its own row.</summary>
    private async Task RecordAsync(TContext db, List<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var delivered = deliveries.Where(d => d.Outcome.Succeeded).Select(d => d.Message.Sequence).ToList();
        if (delivered.Count > 0)
        {
            using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
            await db.OutboxMessages
                .Where(message => delivered.Contains(message.Sequence))
                .ExecuteUpdateAsync(set => set.SetProperty(message => message.ProcessedAt, now).SetProperty(message => message.NextAttemptAt, (DateTimeOffset?)null), cancellationToken);
        }

        var failed = deliveries.Where(d => !d.Outcome.Succeeded).ToList();
        foreach (var (message, outcome) in failed)
        {
            db.OutboxMessages.Attach(message);
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

        if (failed.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed record Delivery(OutboxMessage Message, DeliveryOutcome Outcome);

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
