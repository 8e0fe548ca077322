namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>The "Messaging" configuration section: how the outbox relays retry and give up.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>The relay is woken after every commit; this poll only picks up what a crash left behind.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 100;

    /// <summary>Delivery attempts before a message becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry waits this long; each further one twice as long as the one before.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the relay waits for every handler to report before counting the attempt as failed.</summary>
    public TimeSpan HandlerTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryDelay(int attempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}
