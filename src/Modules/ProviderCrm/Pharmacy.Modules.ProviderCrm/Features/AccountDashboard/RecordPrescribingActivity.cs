using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Domain.Accounts;
using Pharmacy.Modules.ProviderCrm.Persistence;
using Pharmacy.Shared.Infrastructure;

namespace Pharmacy.Modules.ProviderCrm.Features.AccountDashboard;

/// <summary>Prescriptions received a prescription of a provider: it counts in the provider's volume of its month.</summary>
public sealed record RecordPrescriptionOfProvider(long RxNumber, Guid ProviderId, DateTimeOffset ReceivedAt) : ICommand;

/// <summary>Billing charged a fill: its amount counts in the revenue of the prescription's provider (and their organisations).</summary>
public sealed record RecordRevenueOfPrescription(long RxNumber, decimal Amount, string Currency) : ICommand;

internal sealed class RecordPrescribingActivityHandler(ProviderCrmDbContext db, PharmacyTimeZone zone) :
    ICommandHandler<RecordPrescriptionOfProvider>,
    ICommandHandler<RecordRevenueOfPrescription>
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

    public async ValueTask<Unit> Handle(RecordRevenueOfPrescription command, CancellationToken cancellationToken)
    {
        // A charge of a prescription received before this record was kept has no activity to add to.
        if (await db.PrescribingActivity.SingleOrDefaultAsync(a => a.RxNumber == command.RxNumber, cancellationToken) is { } activity)
        {
            activity.Charged(command.Amount, command.Currency);
        }

        return Unit.Value;
    }
}
