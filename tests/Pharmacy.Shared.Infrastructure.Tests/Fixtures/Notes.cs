using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Contracts;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Persistence;
using Wolverine;

namespace Pharmacy.Shared.Infrastructure.Tests.Fixtures;

// Two small modules: Alpha writes notes and publishes NoteWritten; Beta keeps a copy of each note it receives.

public sealed record NoteWritten(Guid NoteId, string Text, DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed record NoteRetracted(Guid NoteId, DateTimeOffset OccurredAt) : IIntegrationEvent;

public sealed class Note
{
    public Guid Id { get; set; }

    public string Text { get; set; } = "";
}

public sealed class NoteCopy
{
    public Guid NoteId { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>A note text Beta refuses while it is listed: how a test makes a receiver fail, then recover.</summary>
public sealed class BlockedText
{
    public string Text { get; set; } = "";
}

public sealed class AlphaDbContext(DbContextOptions<AlphaDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "alpha";

    public override string Schema => SchemaName;

    public DbSet<Note> Notes => Set<Note>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => modelBuilder.Entity<Note>().ToTable("notes");
}

public sealed class BetaDbContext(DbContextOptions<BetaDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "beta";

    public override string Schema => SchemaName;

    public DbSet<NoteCopy> Copies => Set<NoteCopy>();

    public DbSet<BlockedText> Blocked => Set<BlockedText>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NoteCopy>(copy =>
        {
            copy.ToTable("note_copies");
            copy.HasKey(c => c.NoteId);
        });
        modelBuilder.Entity<BlockedText>(blocked =>
        {
            blocked.ToTable("blocked_texts");
            blocked.HasKey(b => b.Text);
        });
    }
}

/// <summary>Beta's handler. While a note's text is blocked it cannot be applied, as with a broken receiver.</summary>
public static class NoteWrittenHandler
{
    public static Task Handle(NoteWritten message, Envelope envelope, Inbox<BetaDbContext> inbox, BetaDbContext db, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(NoteWrittenHandler), message, envelope, async ct =>
        {
            if (await db.Blocked.AnyAsync(blocked => blocked.Text == message.Text, ct))
            {
                throw new InvalidOperationException("Beta cannot apply this note.");
            }

            db.Copies.Add(new NoteCopy { NoteId = message.NoteId, Text = message.Text });
        }, cancellationToken);
}

/// <summary>Beta's second handler, on its own queue: a retraction removes the copy, so it must come after the note.</summary>
public static class NoteRetractedHandler
{
    public static Task Handle(NoteRetracted message, Envelope envelope, Inbox<BetaDbContext> inbox, BetaDbContext db, CancellationToken cancellationToken) =>
        inbox.HandleOnceAsync(typeof(NoteRetractedHandler), message, envelope, async ct =>
        {
            // A tracked change, as a command's would be: it is saved with the inbox row, in one transaction.
            if (await db.Copies.FindAsync([message.NoteId], ct) is { } copy)
            {
                db.Copies.Remove(copy);
            }
        }, cancellationToken);
}
