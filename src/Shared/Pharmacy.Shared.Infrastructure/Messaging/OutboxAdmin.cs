using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Shared.Infrastructure.Messaging;

/// <summary>What an administrator sees and does about one module's outbox.</summary>
public interface IOutboxAdmin
{
    string Module { get; }

    Task<OutboxSummary> SummaryAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(CancellationToken cancellationToken);

    /// <summary>Sends a dead letter again; false when there is no such dead letter.</summary>
    Task<bool> RetryAsync(Guid messageId, CancellationToken cancellationToken);
}

public sealed record OutboxSummary(string Module, int Waiting, int Retrying, int DeadLetters, int Delivered);

public sealed record DeadLetter(
    string Module, Guid MessageId, string EventName, DateTimeOffset OccurredAt, DateTimeOffset DeadLetteredAt, int Attempts, string? LastError);

public sealed class OutboxAdmin<TContext>(TContext db, OutboxSignal<TContext> signal) : IOutboxAdmin
    where TContext : ModuleDbContext
{
    public string Module => db.Schema;

    public async Task<OutboxSummary> SummaryAsync(CancellationToken cancellationToken)
    {
        var outbox = db.OutboxMessages.AsNoTracking();
        var waiting = await outbox.CountAsync(m => m.ProcessedAt == null && m.DeadLetteredAt == null && m.Attempts == 0, cancellationToken);
        var retrying = await outbox.CountAsync(m => m.ProcessedAt == null && m.DeadLetteredAt == null && m.Attempts > 0, cancellationToken);
        var dead = await outbox.CountAsync(m => m.DeadLetteredAt != null, cancellationToken);
        var delivered = await outbox.CountAsync(m => m.ProcessedAt != null, cancellationToken);
        return new OutboxSummary(Module, waiting, retrying, dead, delivered);
    }

    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeadLetteredAt != null)
            .OrderBy(m => m.Sequence)
            .ToListAsync(cancellationToken);
        return rows.Select(m => new DeadLetter(Module, m.MessageId, m.EventName, m.OccurredAt, m.DeadLetteredAt!.Value, m.Attempts, m.LastError)).ToList();
    }

    public async Task<bool> RetryAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.MessageId == messageId && m.DeadLetteredAt != null, cancellationToken);
        if (message is null)
        {
            return false;
        }

        message.Requeue();
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return true;
    }
}
