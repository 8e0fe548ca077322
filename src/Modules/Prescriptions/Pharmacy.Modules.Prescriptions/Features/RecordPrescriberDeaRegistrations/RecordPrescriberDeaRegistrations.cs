using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordPrescriberDeaRegistrations;

/// <summary>The CRM changed a prescriber's DEA registrations: this module's copy becomes the registrations now held.</summary>
public sealed record RecordPrescriberDeaRegistrations(Guid ProviderId, IReadOnlyList<HeldDeaRegistration> Registrations, DateTimeOffset ChangedAt) : ICommand;

public sealed record HeldDeaRegistration(string Number, IReadOnlyList<string> Schedules, DateOnly ExpiresOn);

internal sealed class RecordPrescriberDeaRegistrationsHandler(PrescriptionsDbContext db) : ICommandHandler<RecordPrescriberDeaRegistrations>
{
    public async ValueTask<Unit> Handle(RecordPrescriberDeaRegistrations command, CancellationToken cancellationToken)
    {
        var held = await db.PrescriberDeaRegistrations.Where(dea => dea.ProviderId == command.ProviderId).ToListAsync(cancellationToken);
        if (held.Any(dea => dea.ChangedAt > command.ChangedAt))
        {
            return Unit.Value;
        }

        db.PrescriberDeaRegistrations.RemoveRange(held);
        db.PrescriberDeaRegistrations.AddRange(command.Registrations
            .DistinctBy(dea => dea.Number, StringComparer.OrdinalIgnoreCase)
            .Select(dea => PrescriberDeaRegistration.Held(command.ProviderId, dea.Number, dea.Schedules, dea.ExpiresOn, command.ChangedAt)));
        return Unit.Value;
    }
}
