using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordPrescriberSuspended;

/// <summary>The CRM suspended a provider: their new prescriptions are refused.</summary>
public sealed record RecordPrescriberSuspended(Guid ProviderId, string Reason, DateTimeOffset SuspendedAt) : ICommand;

internal sealed class RecordPrescriberSuspendedHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordPrescriberSuspended>
{
    public async ValueTask<Unit> Handle(RecordPrescriberSuspended command, CancellationToken cancellationToken)
    {
        var prescriber = await db.Prescribers.SingleOrDefaultAsync(p => p.ProviderId == command.ProviderId, cancellationToken);
        // A provider suspended before this module ever saw them active has nothing to withdraw.
        prescriber?.Suspend(command.Reason, command.SuspendedAt, clock.GetUtcNow());
        return Unit.Value;
    }
}
