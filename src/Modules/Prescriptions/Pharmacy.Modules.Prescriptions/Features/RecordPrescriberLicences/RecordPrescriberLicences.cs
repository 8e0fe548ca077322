using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.Prescriptions.Domain.Prescribers;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features.RecordPrescriberLicences;

/// <summary>The CRM changed a prescriber's state licences: this module's copy becomes the licences now held.</summary>
public sealed record RecordPrescriberLicences(Guid ProviderId, IReadOnlyList<HeldLicence> Licences, DateTimeOffset ChangedAt) : ICommand;

public sealed record HeldLicence(string State, string Number, DateOnly ExpiresOn);

internal sealed class RecordPrescriberLicencesHandler(PrescriptionsDbContext db) : ICommandHandler<RecordPrescriberLicences>
{
    public async ValueTask<Unit> Handle(RecordPrescriberLicences command, CancellationToken cancellationToken)
    {
        var held = await db.PrescriberLicences.Where(licence => licence.ProviderId == command.ProviderId).ToListAsync(cancellationToken);
        // A change older than the copy (redelivered after a newer one) would bring back what the CRM has since replaced.
        if (held.Any(licence => licence.ChangedAt > command.ChangedAt))
        {
            return Unit.Value;
        }

        db.PrescriberLicences.RemoveRange(held);
        db.PrescriberLicences.AddRange(command.Licences
            .DistinctBy(licence => licence.State, StringComparer.OrdinalIgnoreCase)
            .Select(licence => PrescriberLicence.Held(command.ProviderId, licence.State, licence.Number, licence.ExpiresOn, command.ChangedAt)));
        return Unit.Value;
    }
}
