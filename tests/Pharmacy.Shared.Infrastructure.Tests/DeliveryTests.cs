using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Tests.Fixtures;

namespace Pharmacy.Shared.Infrastructure.Tests;

public sealed class DeliveryTests
{
    [Fact]
    public void Each_retry_waits_twice_as_long_as_the_one_before_up_to_the_cap()
    {
        var options = new MessagingOptions { FirstRetryDelay = TimeSpan.FromSeconds(2), MaxRetryDelay = TimeSpan.FromSeconds(10) };

        Assert.Equal(TimeSpan.FromSeconds(2), options.RetryDelay(1));
        Assert.Equal(TimeSpan.FromSeconds(4), options.RetryDelay(2));
        Assert.Equal(TimeSpan.FromSeconds(8), options.RetryDelay(3));
        Assert.Equal(TimeSpan.FromSeconds(10), options.RetryDelay(4));
    }

    [Fact]
    public void A_failed_delivery_is_scheduled_again_until_the_last_attempt_makes_it_a_dead_letter()
    {
        var message = OutboxMessage.From(new NoteWritten(Guid.NewGuid(), "Fridge 2 reads 9 C", DateTimeOffset.UtcNow));
        var now = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

        message.RecordFailure("timeout", now, maxAttempts: 2, backoff: TimeSpan.FromSeconds(2));
        Assert.Equal(now.AddSeconds(2), message.NextAttemptAt);
        Assert.Null(message.DeadLetteredAt);

        message.RecordFailure("timeout again", now.AddSeconds(2), maxAttempts: 2, backoff: TimeSpan.FromSeconds(4));
        Assert.Equal(now.AddSeconds(2), message.DeadLetteredAt);
        Assert.Null(message.NextAttemptAt);
        Assert.Equal("timeout again", message.LastError);

        message.Requeue();
        Assert.Null(message.DeadLetteredAt);
        Assert.Equal(0, message.Attempts);
    }

    [Fact]
    public async Task A_delivery_succeeds_only_when_every_handler_has_applied_the_message()
    {
        var tracker = new DeliveryTracker();
        var messageId = Guid.NewGuid();
        var pending = tracker.Expect(messageId, ["Prescriptions.Handler", "Reporting.Handler"]);

        tracker.Completed(messageId, "Prescriptions.Handler");
        var waiting = pending.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        tracker.Failed(messageId, "Reporting.Handler", "database locked");
        var outcome = await waiting;

        Assert.False(outcome.Succeeded);
        Assert.Equal("Reporting.Handler: database locked", outcome.Error);
    }

    [Fact]
    public async Task A_handler_that_never_answers_fails_the_delivery_and_is_named()
    {
        var tracker = new DeliveryTracker();
        var pending = tracker.Expect(Guid.NewGuid(), ["Quality.ReleaseHandler"]);

        var outcome = await pending.WaitAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains("Quality.ReleaseHandler", outcome.Error);
    }

    [Fact]
    public void The_catalog_finds_the_handlers_of_an_integration_event_by_wolverines_convention()
    {
        var catalog = new IntegrationHandlerCatalog([typeof(NoteWrittenHandler).Assembly]);

        Assert.Equal([typeof(NoteWrittenHandler).FullName!], catalog.HandlersFor(typeof(NoteWritten)));
        Assert.Empty(catalog.HandlersFor(typeof(string)));
    }
}
