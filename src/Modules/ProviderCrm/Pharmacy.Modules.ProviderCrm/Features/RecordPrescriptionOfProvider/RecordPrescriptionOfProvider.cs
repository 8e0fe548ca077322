using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Modules.ProviderCrm.Features.RecordPrescriptionOfProvider;

/// <summary>Prescriptions received a prescription of a provider: it counts in the provider's volume of its month.</summary>
public sealed record RecordPrescriptionOfProvider(long RxNumber, Guid ProviderId, DateTimeOffset ReceivedAt) : ICommand;

internal sealed class RecordPrescriptionOfProviderHandler(ProviderCrmDbContext db, PharmacyTimeZone zone) : ICommandHandler<RecordPrescriptionOfProvider>
{
    public async ValueTask<Unit> Handle(RecordPrescriptionOfProvider command, CancellationToken cancellationToken)
    {
        if (!await db.PrescribingActivity.AnyAsync(a => a.RxNumber == command.RxNumber, cancellationToken))
        {
            db.PrescribingActivity.Add(PrescribingActivity.Received(
                command.RxNumber, command.ProviderId, command.ReceivedAt, DateOnly.FromDateTime(zone.Local(command.ReceivedAt).DateTime)));
        }

        return Unit.Value;
    }
}
