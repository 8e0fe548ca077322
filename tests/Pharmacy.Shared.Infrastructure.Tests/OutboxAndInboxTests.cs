using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Tests.Fixtures;
using Wolverine;

namespace Pharmacy.Shared.Infrastructure.Tests;

/// <summary>The delivery guarantees between modules, on real SQLite files and Wolverine local queues.</summary>
public sealed class OutboxAndInboxTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_event_reaches_the_other_module_right_after_commit_without_waiting_for_the_poll()
    {
        await using var host = await MessagingHost.CreateAsync(_folder.Path);
        await host.StartAsync();

        var noteId = await host.WriteNoteAsync("Compounding room cleaned");

        // The fallback poll is ten minutes here: only the signal after commit can deliver within the wait.
        await MessagingHost.Eventually(() => host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == noteId)), "Beta has the note");
        await MessagingHost.Eventually(
            () => host.InAlphaAsync(db => db.OutboxMessages.AnyAsync(m => m.ProcessedAt != null)), "Alpha's outbox row is marked processed");
    }

    [Fact]
    public async Task Events_reach_the_other_module_in_the_order_they_were_committed_even_on_different_handlers()
    {
        await using var host = await MessagingHost.CreateAsync(_folder.Path);
        await host.StartAsync();

        var retracted = await host.WriteAndRetractNotesAsync(20);
        var sentinel = await host.WriteNoteAsync("After the retractions");

        await MessagingHost.Eventually(() => host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == sentinel)), "the last note arrives");
        Assert.False(await host.InBetaAsync(db => db.Copies.AnyAsync(c => retracted.Contains(c.NoteId))));
    }

    [Fact]
    public async Task Nothing_is_published_when_the_transaction_rolls_back()
    {
        await using var host = await MessagingHost.CreateAsync(_folder.Path);
        await host.StartAsync();

        var rolledBack = await host.WriteNoteAsync("Never happened", commit: false);
        var committed = await host.WriteNoteAsync("Did happen");

        // Messages go out in commit order, so once the later one arrived the earlier one would have too.
        await MessagingHost.Eventually(() => host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == committed)), "the committed note arrives");
        Assert.False(await host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == rolledBack)));
        Assert.Equal(1, await host.InAlphaAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_applied_once()
    {
        await using var host = await MessagingHost.CreateAsync(_folder.Path);
        await host.StartAsync();
        var message = new NoteWritten(Guid.CreateVersion7(), "Delivered twice", DateTimeOffset.UtcNow);
        var messageId = Guid.CreateVersion7();

        await using (var scope = host.Host.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await bus.PublishAsync(message, WithMessageId(messageId));
            await bus.PublishAsync(message, WithMessageId(messageId));
        }

        // Beta's queue is sequential: once a later note is applied, both copies of the first were handled.
        var sentinel = await host.WriteNoteAsync("Sentinel");
        await MessagingHost.Eventually(() => host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == sentinel)), "the sentinel arrives");

        Assert.Equal(1, await host.InBetaAsync(db => db.Copies.CountAsync(c => c.NoteId == message.NoteId)));
        Assert.Equal(1, await host.InBetaAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task Two_deliveries_of_the_same_message_at_the_same_moment_apply_it_once()
    {
        await using var host = await MessagingHost.CreateAsync(_folder.Path);
        var message = new NoteWritten(Guid.CreateVersion7(), "Delivered twice at once", DateTimeOffset.UtcNow);
        var messageId = Guid.CreateVersion7();
        var handler = IntegrationHandlerCatalog.HandlerName(typeof(NoteWrittenHandler));
        var tracker = host.Host.Services.GetRequiredService<DeliveryTracker>();
        var answered = tracker.Expect(messageId, [handler]);
        // Both deliveries have found no inbox row before either writes: only the inbox row's key can stop the second.
        var bothChecked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = 0;

        async Task DeliverAsync()
        {
            await using var scope = host.Host.Services.CreateAsyncScope();
            var inbox = scope.ServiceProvider.GetRequiredService<Inbox<BetaDbContext>>();
            var db = scope.ServiceProvider.GetRequiredService<BetaDbContext>();
            var envelope = new Envelope(message);
            envelope.Headers[Inbox<BetaDbContext>.MessageIdHeader] = messageId.ToString();
            await inbox.HandleOnceAsync(typeof(NoteWrittenHandler), message, envelope, async ct =>
            {
                if (Interlocked.Increment(ref arrived) == 2)
                {
                    bothChecked.SetResult();
                }

                await bothChecked.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
                db.Copies.Add(new NoteCopy { NoteId = message.NoteId, Text = message.Text });
            }, CancellationToken.None);
        }

        await Task.WhenAll(DeliverAsync(), DeliverAsync());

        Assert.True((await answered.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None)).Succeeded);
        Assert.Equal(1, await host.InBetaAsync(db => db.Copies.CountAsync(c => c.NoteId == message.NoteId)));
        Assert.Equal(1, await host.InBetaAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_does_not_hold_back_the_rest_of_its_batch()
    {
        await using var host = await MessagingHost.CreateAsync(_folder.Path);
        await host.StartAsync();
        await host.BlockAsync("Balance out of calibration");

        var notes = await host.WriteNotesAsync("Scale 1 checked", "Balance out of calibration", "Scale 3 checked");

        await MessagingHost.Eventually(
            () => host.InAlphaAsync(db => db.OutboxMessages.AnyAsync(m => m.DeadLetteredAt != null)), "the blocked note becomes a dead letter");
        Assert.True(await host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == notes[0])));
        Assert.True(await host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == notes[2])));
        Assert.False(await host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == notes[1])));
        Assert.Equal(2, await host.InAlphaAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt != null)));
    }

    [Fact]
    public async Task Events_committed_but_not_published_when_the_process_stopped_are_delivered_after_restart()
    {
        Guid noteId;
        await using (var stopped = await MessagingHost.CreateAsync(_folder.Path))
        {
            // The process commits and stops before its relay ever runs.
            noteId = await stopped.WriteNoteAsync("Written just before the power cut");
        }

        await using var restarted = await MessagingHost.CreateAsync(_folder.Path);
        Assert.False(await restarted.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == noteId)));

        await restarted.StartAsync();

        await MessagingHost.Eventually(() => restarted.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == noteId)), "the note arrives after restart");
    }

    [Fact]
    public async Task A_handler_that_keeps_failing_is_retried_then_kept_as_a_dead_letter_that_can_be_sent_again()
    {
        await using var host = await MessagingHost.CreateAsync(_folder.Path);
        await host.StartAsync();
        await host.BlockAsync("Label printer jammed");

        var noteId = await host.WriteNoteAsync("Label printer jammed");

        await MessagingHost.Eventually(
            () => host.InAlphaAsync(db => db.OutboxMessages.AnyAsync(m => m.DeadLetteredAt != null)), "the message becomes a dead letter");
        var deadLetters = await host.WithAlphaOutboxAsync(outbox => outbox.DeadLettersAsync(CancellationToken.None));
        var deadLetter = Assert.Single(deadLetters);
        Assert.Equal(3, deadLetter.Attempts);
        Assert.Equal(nameof(NoteWritten), deadLetter.EventName);
        Assert.Contains("Beta cannot apply this note", deadLetter.LastError);
        Assert.False(await host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == noteId)));

        await host.UnblockAsync("Label printer jammed");
        Assert.True(await host.WithAlphaOutboxAsync(outbox => outbox.RetryAsync(deadLetter.MessageId, CancellationToken.None)));

        await MessagingHost.Eventually(() => host.InBetaAsync(db => db.Copies.AnyAsync(c => c.NoteId == noteId)), "the note arrives after retry");
        Assert.Empty(await host.WithAlphaOutboxAsync(outbox => outbox.DeadLettersAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Sending_again_a_message_that_is_not_a_dead_letter_is_refused()
    {
        await using var host = await MessagingHost.CreateAsync(_folder.Path);

        Assert.False(await host.WithAlphaOutboxAsync(outbox => outbox.RetryAsync(Guid.NewGuid(), CancellationToken.None)));
    }

    private static DeliveryOptions WithMessageId(Guid messageId)
    {
        var options = new DeliveryOptions();
        options.Headers[Inbox<BetaDbContext>.MessageIdHeader] = messageId.ToString();
        return options;
    }

    public void Dispose() => _folder.Dispose();
}
