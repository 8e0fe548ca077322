using System.Collections.Concurrent;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>
/// Connects the relay to the handlers it published to: every handler reports through the inbox whether it applied
/// the message, and the relay marks the outbox row processed only when all of them did. A message published but not
/// yet applied when the process stops is therefore still unprocessed in the outbox, and is sent again after restart.
/// </summary>
public sealed class DeliveryTracker
{
    private readonly ConcurrentDictionary<Guid, PendingDelivery> _pending = new();

    public PendingDelivery Expect(Guid messageId, IReadOnlyCollection<string> handlers)
    {
        var pending = new PendingDelivery(handlers);
        _pending[messageId] = pending;
        return pending;
    }

    public void Completed(Guid messageId, string handler) => Report(messageId, handler, error: null);

    public void Failed(Guid messageId, string handler, string error) => Report(messageId, handler, error);

    public void Forget(Guid messageId) => _pending.TryRemove(messageId, out _);

    private void Report(Guid messageId, string handler, string? error)
    {
        if (_pending.TryGetValue(messageId, out var pending))
        {
            pending.Report(handler, error);
        }
    }
}

public sealed record DeliveryOutcome(bool Succeeded, string? Error)
{
    public static readonly DeliveryOutcome Success = new(true, null);

    /// <summary>A handler had not answered when the wait ended.</summary>
    public bool TimedOut { get; init; }
}

public sealed class PendingDelivery
{
    private readonly HashSet<string> _waitingFor;
    private readonly List<string> _errors = [];
    private readonly TaskCompletionSource _allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();

    internal PendingDelivery(IEnumerable<string> handlers)
    {
        _waitingFor = [.. handlers];
    }

    internal void Report(string handler, string? error)
    {
        lock (_lock)
        {
            if (!_waitingFor.Remove(handler))
            {
                return;
            }

            if (error is not null)
            {
                _errors.Add($"{handler}: {error}");
            }

            if (_waitingFor.Count == 0)
            {
                _allAnswered.TrySetResult();
            }
        }
    }

    /// <summary>Every handler has answered.</summary>
    public bool IsAnswered => _allAnswered.Task.IsCompleted;

    public async Task<DeliveryOutcome> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var timedOut = false;
        try
        {
            await _allAnswered.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            timedOut = true;
            lock (_lock)
            {
                _errors.Add($"no answer within {timeout.TotalSeconds:0.#} s from {string.Join(", ", _waitingFor)}");
            }
        }

        lock (_lock)
        {
            return _errors.Count == 0 ? DeliveryOutcome.Success : new DeliveryOutcome(false, string.Join("; ", _errors)) { TimedOut = timedOut };
        }
    }
}
