using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordPrescriberActivated;

/// <summary>The CRM activated a provider: they may now prescribe here.</summary>
public sealed record RecordPrescriberActivated(
    Guid ProviderId, string Npi, string FirstName, string LastName, string Credential, DateTimeOffset ActivatedAt) : ICommand;

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
