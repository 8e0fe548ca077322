using Mediator;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Modules.ProviderCrm.Persistence;

namespace Pharmacy.Modules.ProviderCrm.Features.RecordRevenueOfPrescription;

/// <summary>Billing charged a fill: its amount counts in the revenue of the prescription's provider (and their organisations).</summary>
public sealed record RecordRevenueOfPrescription(long RxNumber, decimal Amount, string Currency) : ICommand;

internal sealed class RecordRevenueOfPrescriptionHandler(ProviderCrmDbContext db) : ICommandHandler<RecordRevenueOfPrescription>
{
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
