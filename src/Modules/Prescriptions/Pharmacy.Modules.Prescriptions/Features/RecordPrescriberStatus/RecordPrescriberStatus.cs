using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordPrescriberStatus;

/// <summary>The CRM activated a provider: they may now prescribe here.</summary>
public sealed record RecordPrescriberActivated(
    Guid ProviderId, string Npi, string FirstName, string LastName, string Credential, DateTimeOffset ActivatedAt) : ICommand;

/// <summary>The CRM suspended a provider: their new prescriptions are refused.</summary>
public sealed record RecordPrescriberSuspended(Guid ProviderId, string Reason, DateTimeOffset SuspendedAt) : ICommand;

internal sealed class RecordPrescriberActivatedHandler(PrescriptionsDbContext db, TimeProvider clock) : ICommandHandler<RecordPrescriberActivated>
{
    public async ValueTask<Unit> Handle(RecordPrescriberActivated command, CancellationToken cancellationToken)
    {
        var prescriber = await db.Prescribers.SingleOrDefaultAsync(p => p.ProviderId == command.ProviderId, cancellationToken);
        if (prescriber is null)
        {
            db.Prescribers.Add(Prescriber.Activated(
                command.ProviderId, command.Npi, command.FirstName, command.LastName, command.Credential, command.ActivatedAt, clock.GetUtcNow()));
        }
        else
        {
            prescriber.Activate(command.Npi, command.FirstName, command.LastName, command.Credential, command.ActivatedAt, clock.GetUtcNow());
        }

        return Unit.Value;
    }
}

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
